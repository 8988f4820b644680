<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop_app/gui/help.py" line="86"/>
        <location filename="../desktop_app/gui/help.py" line="94"/>
        <source>Over Koers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/help.py" line="89"/>
        <source>Brede intake, startklas-observatie en welkomstpakket voor de Wet inburgering 2021.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviesPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="35"/>
        <source>Cursist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="51"/>
        <source>Cursist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="62"/>
        <source>Waarom dit advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="66"/>
        <source>Leerbaarheidstoets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="70"/>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="73"/>
        <source>Waarom wijkt u af van de leerbaarheidstoets? (verplicht voordat het PIP definitief wordt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="76"/>
        <source>Argumentatie &amp;bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="79"/>
        <source>(geen — het berekende advies geldt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="83"/>
        <source>Reden (verplicht; wordt vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="84"/>
        <source>Advies &amp;overschrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="86"/>
        <source>Argumentatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="88"/>
        <source>Andere route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="89"/>
        <source>Reden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="94"/>
        <source>Op deze installatie staat niets van de intake. Het advies rust op de observatie; de consultant vult het aan met de harde gegevens en de toets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="131"/>
        <source>VOORLOPIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="134"/>
        <source>DEFINITIEF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="137"/>
        <source>%1 — nog niet gevalideerd. Gebruik dit advies als onderbouwing, niet als uitkomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="139"/>
        <source>Totaalscore %1 · band: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="142"/>
        <source>Ondersteuning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="144"/>
        <source>Argumentatie nodig voordat het PIP definitief wordt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="167"/>
        <source>Argumentatie bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="176"/>
        <source>Niet overschreven: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="179"/>
        <source>Vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="125"/>
        <source>Zoek op naam (elk schrift), V-nummer of gemeente  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="127"/>
        <source>Zoeken in caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="130"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="31"/>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="32"/>
        <source>Gegevens bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="38"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="48"/>
        <source>Sleuteldatums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="54"/>
        <source>Termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="55"/>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="55"/>
        <source>Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="55"/>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="74"/>
        <source>Contactpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="82"/>
        <source>Nog geen contactpersonen vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="89"/>
        <source>&lt;b&gt;Termijnen&lt;/b&gt; (berekend uit de sleuteldatums)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="233"/>
        <source>Conflict oplossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="239"/>
        <source>%1 (%2): u en %3 deden tegelijk iets anders. Wat moet er blijven?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="241"/>
        <source>%1 (%2), veld &apos;%4&apos;: u en %3 wijzigden dit tegelijk. Welke waarde moet er blijven?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="249"/>
        <source>U verwijderde dit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="250"/>
        <source>U wijzigde: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="251"/>
        <source>Verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="251"/>
        <source>Gewijzigd; bestaat nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="252"/>
        <source>Uw waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="253"/>
        <source>Waarde van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="265"/>
        <source>Nieuwe waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="269"/>
        <source>&amp;Mijn waarde houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="270"/>
        <source>&amp;Hun waarde houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="271"/>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="272"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="287"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomeinFormulier</name>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="156"/>
        <source>Bijzondere persoonsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="157"/>
        <source>Gezondheidsgegevens (AVG art. 9): vraag alleen wat het plan nodig heeft. Ze worden apart opgeslagen en niet gedeeld waar de ontvanger ze niet nodig heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="171"/>
        <source>Afsluiting van dit domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="213"/>
        <source>Verplicht beantwoord: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EindscorePagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="55"/>
        <source>Cursist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="58"/>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="58"/>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="58"/>
        <source>Voorstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="59"/>
        <source>Eindscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="63"/>
        <source>Eindscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="65"/>
        <source>Voorstel &amp;overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="67"/>
        <source>Eindscores &amp;vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="74"/>
        <source>Cursist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="82"/>
        <source>Het voorstel komt uit de observatiemomenten; recente momenten wegen zwaarder. Bevestig of wijzig elke score (cijfertoets), en stel daarna vast. Elke wijziging wordt vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="121"/>
        <source>Vastgesteld door %1 op %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="140"/>
        <source>Gewijzigd ten opzichte van het voorstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="147"/>
        <source>Totaal: %1 van %2 (%3 van %4 aspecten gescoord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="156"/>
        <source>Nog niet vastgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="172"/>
        <source>Niet vastgesteld: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="163"/>
        <source>Aanmelden bij de centrale server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="165"/>
        <source>Vul het adres van de server en de eenmalige aanmeldcode in die u van de beheerder kreeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="174"/>
        <source>alleen bij een eigen PKI van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="175"/>
        <source>Kies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="181"/>
        <source>leeg: de instelling van het systeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="182"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="183"/>
        <source>Aanmeld&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="184"/>
        <source>CA-&amp;bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="185"/>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="192"/>
        <source>&amp;Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="199"/>
        <source>CA-bestand van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="200"/>
        <source>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="207"/>
        <source>Vul het adres van de server in, beginnend met https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="211"/>
        <source>Vul de aanmeldcode in die u van de beheerder kreeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="215"/>
        <source>Bezig met aanmelden…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="127"/>
        <source>Welkom bij Koers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="128"/>
        <source>Koers bewaart alle gegevens versleuteld op deze laptop. Kies een wachtwoord dat u onthoudt: zonder dit wachtwoord is niets te lezen, ook niet door de beheerder. Vier losse woorden werken goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="131"/>
        <source>Uw naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="133"/>
        <source>Uw rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="134"/>
        <source>Klantmanager / consulent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="135"/>
        <source>Docent startklas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="138"/>
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="141"/>
        <source>Herhaal wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="143"/>
        <source>Sterkte van het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="147"/>
        <source>Opslag &amp;aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="156"/>
        <source>Uw &amp;naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="157"/>
        <source>Uw &amp;rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="158"/>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="161"/>
        <source>&amp;Herhaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="165"/>
        <source>De opslag komt in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="180"/>
        <source>Sterkte: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="183"/>
        <source>De herhaling is nog niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="191"/>
        <source>Bezig met aanmaken…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroepPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="32"/>
        <source>Gebruikersnamen, gescheiden door komma&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="42"/>
        <source> (nog niet gevalideerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="43"/>
        <source>Groep &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="48"/>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="49"/>
        <source>&amp;Docent(en):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="50"/>
        <source>&amp;Startdatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="51"/>
        <source>Lesdagen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="52"/>
        <source>&amp;Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="56"/>
        <source>Cursisten in de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="58"/>
        <source>Inburgeraar om te plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="61"/>
        <source>&amp;Plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="65"/>
        <source>vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="68"/>
        <source>Cursisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="87"/>
        <source>Nieuwe groep: vul de gegevens in en sla op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="112"/>
        <source>Niet opgeslagen:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="116"/>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="127"/>
        <source>Niet geplaatst: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="130"/>
        <source>Geplaatst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../desktop_app/gui/help.py" line="41"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/help.py" line="43"/>
        <source>Helptekst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HerhaalGroep</name>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="74"/>
        <source>+ Rij toevoegen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="110"/>
        <source>Rij verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InburgeraarDialog</name>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="27"/>
        <source>Inburgeraar bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="27"/>
        <source>Nieuwe inburgeraar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="55"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="56"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="122"/>
        <source>Niet opgeslagen: verbeter de rood gemarkeerde velden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="82"/>
        <source>Levensdomeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="88"/>
        <source>Samenvatting en afronding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="103"/>
        <source>Elke wijziging wordt meteen opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="104"/>
        <source>Opslagstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="106"/>
        <location filename="../desktop_app/gui/intake_view.py" line="262"/>
        <source>Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="168"/>
        <source>Er staan geen verplichte vragen meer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="189"/>
        <source>bijzonder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="192"/>
        <source>Bijzondere persoonsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="199"/>
        <source>Nog geen startklas-advies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="201"/>
        <source>Trajectadvies startklas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="203"/>
        <source>Aangepast naar: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="206"/>
        <source>Voorlopig advies: de observatie loopt nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="208"/>
        <source>Totaalscore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="211"/>
        <source>Instrument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="236"/>
        <source>Niet opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="255"/>
        <source>Opgeslagen om %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="261"/>
        <source>Ongedaan maken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="291"/>
        <source>Ongedaan maken lukte niet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="301"/>
        <source>Ongedaan gemaakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="311"/>
        <source>Nog niet af te sluiten: vul eerst de punten hierboven in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="323"/>
        <source>Formulierbestand met een fout (de laatste goede versie wordt gebruikt): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeuzeEditor</name>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="146"/>
        <source>— kies —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="148"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="149"/>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="49"/>
        <source>Koers is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="50"/>
        <source>Voer uw wachtwoord in om de versleutelde gegevens op deze laptop te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="53"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="55"/>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="62"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="64"/>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="68"/>
        <source>Opslag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="78"/>
        <source>Voer eerst uw wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="83"/>
        <source>Bezig met ontgrendelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="104"/>
        <source>Na meerdere mislukte pogingen wacht Koers steeds langer (nu %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="110"/>
        <source>Openen mislukte door een onverwachte fout (%1). Uw gegevens zijn niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="78"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="79"/>
        <source>&amp;Nieuwe inburgeraar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="81"/>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="82"/>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="83"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="88"/>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="92"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="93"/>
        <source>&amp;Help bij dit scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="95"/>
        <source>&amp;Over Koers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="118"/>
        <source>Ingelogd als %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="149"/>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="156"/>
        <source>Inburgeraar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="157"/>
        <source>Kies links een inburgeraar, of maak er een met Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="158"/>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="164"/>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="168"/>
        <source>Geen onderdelen beschikbaar voor deze rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="178"/>
        <source>S&amp;ynchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="212"/>
        <source>&amp;Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="264"/>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObserverenPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="200"/>
        <source>Observatiemoment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="205"/>
        <source>Nieuw moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="207"/>
        <source>Alle cursisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="209"/>
        <source>Eén cursist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="211"/>
        <source>Cursist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="217"/>
        <source>Moment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="227"/>
        <source>Scoorrooster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="234"/>
        <source>Toetsen: cijfer = score en door · 0, N of - = niet geobserveerd · Delete = wissen · pijltjes = verplaatsen · Enter = volgende cursist · Alt+A = notitie bij aspect · Alt+M = notitie bij moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="239"/>
        <source>Notitie bij deze cursist en dit aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="242"/>
        <source>Notitie bij dit moment (de hele les)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="250"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="315"/>
        <source>Nog geen observatiemoment in deze groep: kies een datum en &apos;Nieuw moment&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="342"/>
        <source>Niet aangemaakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="353"/>
        <source>Die score bestaat niet: de schaal loopt van %1 tot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="396"/>
        <source>Niet opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="399"/>
        <source>Opgeslagen om %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamenvattingWidget</name>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="27"/>
        <source>Samenvatting en afronding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="41"/>
        <source>Intake afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="71"/>
        <source>Antwoorden op vragen die in de huidige versie van het formulier niet meer bestaan of niet meer passen. Ze gaan niet verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="80"/>
        <source>Intake afgesloten op %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="82"/>
        <source>Nog %1 punt(en) open voor afsluiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="83"/>
        <source>De intake kan worden afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="38"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="48"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="51"/>
        <source>leeg: die van het systeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="53"/>
        <source>leeg: het voorbeeld &apos;Gemeente Voorbeeld&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="55"/>
        <source> maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="56"/>
        <source>Hoog contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="62"/>
        <source>Taal van Koers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="62"/>
        <source>Vergrendelen na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="63"/>
        <source>Centrale server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="63"/>
        <source>CA-certificaat (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="64"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="64"/>
        <source>Gemeentegegevens (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="65"/>
        <source>Voortgangsgesprek elke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="66"/>
        <source>Weergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="75"/>
        <source>Kies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="76"/>
        <source>Kies bestand voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="91"/>
        <source>Een nieuwe taal of weergave geldt na het opnieuw starten van Koers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="94"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="95"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="105"/>
        <source>Certificaten (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="105"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="106"/>
        <source>Kies bestand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartklasView</name>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="140"/>
        <source>Startklasgroepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="142"/>
        <source>Nieuwe &amp;groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="147"/>
        <source>Groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="157"/>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="157"/>
        <source>Observeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="158"/>
        <source>Eindscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="158"/>
        <source>Voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="159"/>
        <source>Trajectadvies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="50"/>
        <source>Voortgang synchronisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="54"/>
        <source>Melding synchronisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="56"/>
        <source>&amp;Synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="58"/>
        <source>&amp;Aanmelden bij de server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="74"/>
        <source>Aangemeld bij %1 als %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="77"/>
        <source>Dit apparaat is nog niet aangemeld bij de centrale server. Vraag de beheerder om een aanmeldcode en kies &apos;Aanmelden bij de server&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="79"/>
        <source>Laatst gesynchroniseerd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="80"/>
        <source>Nog niet gesynchroniseerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="81"/>
        <source>Wijzigingen die nog verstuurd moeten worden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="83"/>
        <source>&amp;Conflicten oplossen (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="88"/>
        <source>De beheerder heeft de toegang van dit apparaat ingetrokken. Uw gegevens op dit apparaat blijven bewaard. Meld het opnieuw aan met een nieuwe code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="107"/>
        <source>Bezig met synchroniseren… U kunt intussen gewoon doorwerken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="120"/>
        <source>Gesynchroniseerd: %1 verstuurd, %2 ontvangen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="123"/>
        <source>%1 conflict(en): kies per veld welke waarde blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="139"/>
        <source>Synchroniseren lukte niet (%1). Uw gegevens op dit apparaat blijven bewaard; probeer het later opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="147"/>
        <source>Aangemeld. Kies &apos;Synchroniseren&apos; om de gegevens op te halen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TekstEditor</name>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="83"/>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendGrafiek</name>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="25"/>
        <source>Groeilijn per groep van aspecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="39"/>
        <source>Nog geen scores voor deze cursist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="67"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoortgangPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="96"/>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="100"/>
        <source>Cursist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="100"/>
        <source>Momenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="100"/>
        <source>Weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="101"/>
        <source>Aspecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="101"/>
        <source>Genoeg voor een definitief advies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="106"/>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="115"/>
        <source>Groepsoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="110"/>
        <source>Groeilijn van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="138"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="138"/>
        <source>nee: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VraagRij</name>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="44"/>
        <source>Melding bij %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../desktop_app/gui/app.py" line="34"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="35"/>
        <source>Niet alle instellingen konden worden gebruikt; voor deze geldt de standaardwaarde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="36"/>
        <source>Herstel ze via Bestand → Instellingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
