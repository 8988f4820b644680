<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop_app/gui/help.py" line="100"/>
        <source>Over Koers</source>
        <translation>About Koers</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/help.py" line="94"/>
        <source>Brede intake, startklas-observatie en welkomstpakket voor de Wet inburgering 2021.</source>
        <translation>Broad intake, starter class observation and welcome pack for the Wet inburgering 2021 (Civic Integration Act).</translation>
    </message>
</context>
<context>
    <name>AdviesPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="39"/>
        <source>Cursist</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="55"/>
        <source>Cursist:</source>
        <translation>Participant:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="66"/>
        <source>Waarom dit advies</source>
        <translation>Why this advice</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="70"/>
        <source>Leerbaarheidstoets</source>
        <translation>Learnability test</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="74"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="77"/>
        <source>Waarom wijkt u af van de leerbaarheidstoets? (verplicht voordat het PIP definitief wordt)</source>
        <translation>Why do you deviate from the learnability test? (required before the PIP becomes final)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="80"/>
        <source>Argumentatie &amp;bewaren</source>
        <translation>&amp;Save reasoning</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="83"/>
        <source>(geen — het berekende advies geldt)</source>
        <translation>(none — the calculated advice applies)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="87"/>
        <source>Reden (verplicht; wordt vastgelegd)</source>
        <translation>Reason (required; will be recorded)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="88"/>
        <source>Advies &amp;overschrijven</source>
        <translation>&amp;Override advice</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="90"/>
        <source>Argumentatie:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="92"/>
        <source>Andere route:</source>
        <translation>Other route:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="93"/>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="98"/>
        <source>Op deze installatie staat niets van de intake. Het advies rust op de observatie; de consultant vult het aan met de harde gegevens en de toets.</source>
        <translation>This installation holds no intake data. The advice rests on the observation; the consultant adds the hard data and the test.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="130"/>
        <source>VOORLOPIG</source>
        <translation>PROVISIONAL</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="133"/>
        <source>DEFINITIEF</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="136"/>
        <source>%1 — nog niet gevalideerd. Gebruik dit advies als onderbouwing, niet als uitkomst.</source>
        <translation>%1 — not yet validated. Use this advice as supporting evidence, not as the outcome.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="138"/>
        <source>Totaalscore %1 · band: %2</source>
        <translation>Total score %1 · band: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="141"/>
        <source>Ondersteuning: %1</source>
        <translation>Support: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="143"/>
        <source>Argumentatie nodig voordat het PIP definitief wordt.</source>
        <translation>Reasoning needed before the PIP becomes final.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="167"/>
        <source>Argumentatie bewaard.</source>
        <translation>Reasoning saved.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="178"/>
        <source>Niet overschreven: %1</source>
        <translation>Not overridden: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="181"/>
        <source>Vastgelegd.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop_app/gui/app.py" line="46"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="47"/>
        <source>Niet alle instellingen konden worden gebruikt; voor deze geldt de standaardwaarde:</source>
        <translation>Not all settings could be used; these fall back to their default:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="50"/>
        <source>Herstel ze via Bestand → Instellingen.</source>
        <translation>Correct them under File → Settings.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="68"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="68"/>
        <source>Er ging iets mis (%1). Wat u eerder invoerde is opgeslagen; de laatste handeling mogelijk niet. Meld dit met deze code aan de beheerder.</source>
        <translation>Something went wrong (%1). What you entered before is saved; the last action may not be. Report this code to your administrator.</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="36"/>
        <source>%1: %2 (doel gemeente, uiterlijk %3)</source>
        <translation>%1: %2 (municipal target, due by %3)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="37"/>
        <source>%1: %2 (uiterlijk %3)</source>
        <translation>%1: %2 (due by %3)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="60"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="61"/>
        <source>Eigen schrift</source>
        <translation>Own script</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="61"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="62"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="62"/>
        <source>Koppeling</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="60"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="151"/>
        <source>Zoek op naam (elk schrift), V-nummer of gemeente  (Ctrl+F)</source>
        <translation>Search by name (any script), V-number or municipality  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="153"/>
        <source>Zoeken in caseload</source>
        <translation>Search caseload</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="156"/>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="39"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="40"/>
        <source>Gegevens bewerken</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="46"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="57"/>
        <source>Sleuteldatums</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="73"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="74"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="74"/>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="74"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="75"/>
        <source>Gedaan</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="83"/>
        <source>%1 (doel gemeente)</source>
        <translation>%1 (municipal target)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="97"/>
        <source>Contactpersonen</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="106"/>
        <source>Nog geen contactpersonen vastgelegd.</source>
        <translation>No contacts recorded yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="113"/>
        <source>&lt;b&gt;Termijnen&lt;/b&gt; (berekend uit de sleuteldatums)</source>
        <translation>&lt;b&gt;Deadlines&lt;/b&gt; (calculated from the key dates)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="263"/>
        <source>Conflict oplossen</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="268"/>
        <source>%1 (%2): u en %3 deden tegelijk iets anders. Wat moet er blijven?</source>
        <translation>%1 (%2): you and %3 did something different at the same time. What should be kept?</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="270"/>
        <source>%1 (%2), veld &apos;%4&apos;: u en %3 wijzigden dit tegelijk. Welke waarde moet er blijven?</source>
        <translation>%1 (%2), field &apos;%4&apos;: you and %3 changed this at the same time. Which value should be kept?</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="278"/>
        <source>U verwijderde dit.</source>
        <translation>You deleted this.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="279"/>
        <source>U wijzigde: %1</source>
        <translation>You changed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="280"/>
        <source>Verwijderd.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="280"/>
        <source>Gewijzigd; bestaat nog.</source>
        <translation>Changed; still exists.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="281"/>
        <source>Uw waarde</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="282"/>
        <source>Waarde van %1</source>
        <translation>Value from %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="294"/>
        <source>Nieuwe waarde</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="298"/>
        <source>&amp;Mijn waarde houden</source>
        <translation>Keep &amp;my value</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="299"/>
        <source>&amp;Hun waarde houden</source>
        <translation>Keep &amp;their value</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="300"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="301"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="316"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>Domein</name>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="8"/>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="9"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="10"/>
        <source>Naam in eigen schrift</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="11"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="12"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="13"/>
        <source>V-nummer</source>
        <translation>V-number</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="14"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="15"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="16"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="17"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="18"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="19"/>
        <source>Klantmanager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="20"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="21"/>
        <source>Koppeling aan gemeente</source>
        <translation>Assignment to the municipality</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="22"/>
        <source>BRP-inschrijving</source>
        <translation>BRP registration</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="23"/>
        <source>Start brede intake</source>
        <translation>Start of broad intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="24"/>
        <source>Leerbaarheidstoets afgenomen</source>
        <translation>Learnability test taken</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="25"/>
        <source>PIP-dagtekening</source>
        <translation>PIP issue date</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="26"/>
        <source>Start financieel ontzorgen</source>
        <translation>Start of financial relief</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="27"/>
        <source>Vestiging in gemeente</source>
        <translation>Settled in municipality</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="28"/>
        <source>PVT ondertekend</source>
        <translation>PVT signed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="29"/>
        <source>Laatste voortgangsgesprek</source>
        <translation>Last progress review</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="30"/>
        <source>Voortgangsgesprekken per jaar</source>
        <translation>Progress reviews per year</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="31"/>
        <source>Inburgeringsplicht voldaan</source>
        <translation>Integration requirement met</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="32"/>
        <source>Ontheffing inburgeringsplicht</source>
        <translation>Exemption from the integration requirement</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="33"/>
        <source>Termijn verlengd tot</source>
        <translation>Integration period extended until</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="34"/>
        <source>Omvang ontheffing</source>
        <translation>Scope of exemption</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="35"/>
        <source>Grond ontheffing</source>
        <translation>Ground for exemption</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="36"/>
        <source>Ontheffing voor onderdelen</source>
        <translation>Exemption for parts</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="37"/>
        <source>Volledig</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="38"/>
        <source>Gedeeltelijk</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="39"/>
        <source>Medische gronden (art. 5 lid 1)</source>
        <translation>Medical grounds (art. 5(1))</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="40"/>
        <source>Bijzondere individuele omstandigheden (art. 5 lid 2)</source>
        <translation>Special individual circumstances (art. 5(2))</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="41"/>
        <source>Asielstatushouder</source>
        <translation>Refugee status holder</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="42"/>
        <source>Nareiziger</source>
        <translation>Family reunification (nareiziger)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="43"/>
        <source>Gezinsmigrant</source>
        <translation>Family migrant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="44"/>
        <source>Overige migrant</source>
        <translation>Other migrant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="45"/>
        <source>Maatschappelijk begeleider</source>
        <translation>Social support worker</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="46"/>
        <source>Taalschool</source>
        <translation>Language school</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="47"/>
        <source>Participatiepartner</source>
        <translation>Participation partner</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="48"/>
        <source>COA</source>
        <translation>COA</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="49"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="50"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="52"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="53"/>
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="54"/>
        <source>te laat gereed</source>
        <translation>done late</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="55"/>
        <source>verstreken</source>
        <translation>window passed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="56"/>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="57"/>
        <source>vervallen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="58"/>
        <source>startdatum onbekend</source>
        <translation>start date unknown</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="59"/>
        <source>Brede intake starten</source>
        <translation>Start the broad intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="60"/>
        <source>Leerbaarheidstoets afnemen</source>
        <translation>Take the learnability test</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="61"/>
        <source>PIP vaststellen</source>
        <translation>Finalise the PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="65"/>
        <source>Financieel ontzorgen: minimaal tot en met</source>
        <translation>Financial relief: at least up to and including</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="91"/>
        <source>Huur</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="92"/>
        <source>Energie</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="93"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="94"/>
        <source>Zorgverzekering</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="95"/>
        <source>Gemeentelijke belastingen</source>
        <translation>Municipal taxes</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="96"/>
        <source>Inboedelverzekering</source>
        <translation>Contents insurance</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="98"/>
        <source>Argumentatie</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="99"/>
        <source>Contactpersonen</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="100"/>
        <source>Cursist</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="101"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="102"/>
        <source>De brede intake</source>
        <translation>The broad intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="103"/>
        <source>Docenten</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="104"/>
        <source>Doelen</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="105"/>
        <source>Een inburgeraar toevoegen of bewerken</source>
        <translation>Adding or editing a newcomer</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="106"/>
        <source>Einde periode</source>
        <translation>End of period</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="107"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="108"/>
        <source>Het PIP</source>
        <translation>The PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="109"/>
        <source>Importeren</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="110"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="111"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="112"/>
        <source>Leerroute</source>
        <translation>Learning route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="113"/>
        <source>Lesdagen</source>
        <translation>Class days</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="114"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="115"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="116"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="117"/>
        <source>Ontzorgen</source>
        <translation>Financial relief</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="118"/>
        <source>PIP</source>
        <translation>PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="119"/>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="120"/>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="121"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="122"/>
        <source>Reden wijziging</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="123"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="124"/>
        <source>Start periode</source>
        <translation>Start of period</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="125"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="126"/>
        <source>Voortgangsgesprekken</source>
        <translation>Progress conversations</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="127"/>
        <source>geen geldige JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="51"/>
        <source>binnenkort</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="62"/>
        <source>Einde inburgeringstermijn</source>
        <translation>End of integration period</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="63"/>
        <source>Leerroute wijzigen kan tot</source>
        <translation>Learning route can be changed until</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="64"/>
        <source>Financieel ontzorgen: evaluatie na 3 maanden</source>
        <translation>Financial relief: review after 3 months</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="66"/>
        <source>Volgend voortgangsgesprek</source>
        <translation>Next progress review</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="67"/>
        <source>PVT ondertekenen</source>
        <translation>Sign the PVT</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="68"/>
        <source>nog leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="69"/>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="70"/>
        <source>vervolg nodig</source>
        <translation>follow-up needed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="71"/>
        <source>compleet</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="72"/>
        <source>controleer</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="73"/>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="74"/>
        <source>deels besproken</source>
        <translation>partly discussed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="75"/>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="76"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="77"/>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="78"/>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="79"/>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="80"/>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="81"/>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="82"/>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="83"/>
        <source>consultant</source>
        <translation>case manager</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="84"/>
        <source>docent</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="85"/>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="86"/>
        <source>Z-route</source>
        <translation>Z-route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="87"/>
        <source>B1-route</source>
        <translation>B1 route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="88"/>
        <source>B1-route snel/intensief</source>
        <translation>B1 route fast/intensive</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="89"/>
        <source>Onderwijsroute</source>
        <translation>Education route</translation>
    </message>
</context>
<context>
    <name>DomeinFormulier</name>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="156"/>
        <source>Bijzondere persoonsgegevens</source>
        <translation>Special-category personal data</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="157"/>
        <source>Gezondheidsgegevens (AVG art. 9): vraag alleen wat het plan nodig heeft. Ze worden apart opgeslagen en niet gedeeld waar de ontvanger ze niet nodig heeft.</source>
        <translation>Health data (GDPR Art. 9): ask only what the plan needs. They are stored separately and not shared where the recipient does not need them.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="171"/>
        <source>Gearchiveerde antwoorden (eerdere versie van het formulier):</source>
        <translation>Archived answers (earlier version of the form):</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="182"/>
        <source>Afsluiting van dit domein</source>
        <translation>Closing this life domain</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="224"/>
        <source>Verplicht beantwoord: %1</source>
        <translation>Required questions answered: %1</translation>
    </message>
</context>
<context>
    <name>EindscorePagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="57"/>
        <source>Cursist</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="60"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="60"/>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="60"/>
        <source>Voorstel</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="61"/>
        <source>Eindscore</source>
        <translation>Final score</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="65"/>
        <source>Eindscores</source>
        <translation>Final scores</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="67"/>
        <source>Voorstel &amp;overnemen</source>
        <translation>&amp;Use proposed scores</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="69"/>
        <source>Eindscores &amp;vaststellen</source>
        <translation>&amp;Finalise scores</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="76"/>
        <source>Cursist:</source>
        <translation>Participant:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="84"/>
        <source>Het voorstel komt uit de observatiemomenten; recente momenten wegen zwaarder. Bevestig of wijzig elke score (cijfertoets), en stel daarna vast. Elke wijziging wordt vastgelegd.</source>
        <translation>The proposal comes from the observation sessions; recent sessions weigh more. Confirm or change each score (number key), then finalise. Every change is recorded.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="120"/>
        <source>Vastgesteld door %1 op %2.</source>
        <translation>Finalised by %1 on %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="139"/>
        <source>Gewijzigd ten opzichte van het voorstel</source>
        <translation>Changed from the proposal</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="146"/>
        <source>Totaal: %1 van %2 (%3 van %4 aspecten gescoord)</source>
        <translation>Total: %1 of %2 (%3 of %4 aspects scored)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="155"/>
        <source>Nog niet vastgesteld.</source>
        <translation>Not finalised yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="172"/>
        <source>Niet vastgesteld: %1</source>
        <translation>Not finalised: %1</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="191"/>
        <source>Aanmelden bij de centrale server</source>
        <translation>Register with the central server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="193"/>
        <source>Vul het adres van de server en de eenmalige aanmeldcode in die u van de beheerder kreeg.</source>
        <translation>Enter the server address and the one-time registration code you received from the administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="202"/>
        <source>alleen bij een eigen PKI van de gemeente</source>
        <translation>only with the municipality&apos;s own PKI</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="203"/>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="209"/>
        <source>leeg: de instelling van het systeem</source>
        <translation>empty: system setting</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="210"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="211"/>
        <source>Aanmeld&amp;code:</source>
        <translation>Registration &amp;code:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="212"/>
        <source>CA-&amp;bestand:</source>
        <translation>CA &amp;file:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="215"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="222"/>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="229"/>
        <source>CA-bestand van de gemeente</source>
        <translation>Municipality&apos;s CA file</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="230"/>
        <source>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="237"/>
        <source>Vul het adres van de server in, beginnend met https://.</source>
        <translation>Enter the server address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="241"/>
        <source>Vul de aanmeldcode in die u van de beheerder kreeg.</source>
        <translation>Enter the registration code you received from the administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="245"/>
        <source>Bezig met aanmelden…</source>
        <translation>Registering…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="177"/>
        <source>Welkom bij Koers</source>
        <translation>Welcome to Koers</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="178"/>
        <source>Koers bewaart alle gegevens versleuteld op deze laptop. Kies een wachtwoord dat u onthoudt: zonder dit wachtwoord is niets te lezen, ook niet door de beheerder. Vier losse woorden werken goed.</source>
        <translation>Koers stores all data encrypted on this laptop. Choose a passphrase you will remember: without it nothing can be read, not even by the administrator. Four random words work well.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="181"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="183"/>
        <source>Uw rol</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="184"/>
        <source>Klantmanager / consulent</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="185"/>
        <source>Docent startklas</source>
        <translation>Starter class teacher</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="188"/>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="191"/>
        <source>Herhaal wachtwoord</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="193"/>
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="197"/>
        <source>Opslag &amp;aanmaken</source>
        <translation>&amp;Create store</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="206"/>
        <source>Uw &amp;naam</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="207"/>
        <source>Uw &amp;rol</source>
        <translation>Your &amp;role</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="208"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="211"/>
        <source>&amp;Herhaal</source>
        <translation>Con&amp;firm</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="215"/>
        <source>De opslag komt in: %1</source>
        <translation>The store will be created in: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="47"/>
        <source>Sterkte: %1. %2</source>
        <translation>Strength: %1. %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="50"/>
        <source>De herhaling is nog niet gelijk.</source>
        <translation>The passphrases do not match yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="239"/>
        <source>Bezig met aanmaken…</source>
        <translation>Creating…</translation>
    </message>
</context>
<context>
    <name>Formulier</name>
    <message>
        <location filename="../desktop_app/gui/formveld.py" line="38"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/formveld.py" line="39"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GeweigerdDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="334"/>
        <source>Wijzigingen niet geaccepteerd door de server</source>
        <translation>Changes not accepted by the server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="336"/>
        <source>Niet (meer) in uw caseload of groep</source>
        <translation>Not (or no longer) in your caseload or group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="337"/>
        <source>Niet toegestaan voor uw rol</source>
        <translation>Not allowed for your role</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="338"/>
        <source>Veldnaam niet geldig</source>
        <translation>Field name not valid</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="339"/>
        <source>Waarde niet geldig</source>
        <translation>Value not valid</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="340"/>
        <source>Soort gegevens onbekend bij de server</source>
        <translation>Kind of record unknown to the server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="341"/>
        <source>Wijziging onvolledig</source>
        <translation>Change incomplete</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="342"/>
        <source>Te groot om te versturen</source>
        <translation>Too large to send</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="344"/>
        <source>De server heeft deze wijzigingen niet overgenomen; de reden staat erbij. Ze staan nog op dit apparaat. Kopieer ze om ze door te geven aan wie de gegevens nu beheert of aan de beheerder, of verwijder ze uit de wachtrij als ze niet meer nodig zijn.</source>
        <translation>The server did not take over these changes; the reason is given with each. They are still on this device. Copy them to pass them on to whoever manages the data now or to the administrator, or remove them from the queue if they are no longer needed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="350"/>
        <source>Gegevens</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="350"/>
        <source>Velden en waarden</source>
        <translation>Fields and values</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="350"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="351"/>
        <source>Gewijzigd op</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="352"/>
        <source>Niet geaccepteerde wijzigingen</source>
        <translation>Changes not accepted</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="368"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="371"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="372"/>
        <source>Gekozen wijziging kopiëren naar het klembord</source>
        <translation>Copy the selected change to the clipboard</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="373"/>
        <location filename="../desktop_app/gui/sync_view.py" line="423"/>
        <source>&amp;Verwijderen uit de wachtrij</source>
        <translation>&amp;Remove from the queue</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="374"/>
        <source>Gekozen wijziging verwijderen uit de wachtrij</source>
        <translation>Remove the selected change from the queue</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="375"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="393"/>
        <source>(verwijderd)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="409"/>
        <source>Er zijn geen niet geaccepteerde wijzigingen meer.</source>
        <translation>There are no unaccepted changes left.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="433"/>
        <source>De wijziging staat op het klembord (als tekst); plak hem bijvoorbeeld in een bericht aan de nieuwe klantmanager.</source>
        <translation>The change is on the clipboard (as text); paste it, for example, into a message to the new case manager.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="443"/>
        <source>&amp;Ja, definitief verwijderen</source>
        <translation>&amp;Yes, remove permanently</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="444"/>
        <source>Weet u het zeker? De wijziging gaat dan niet meer naar de server. De gegevens op dit apparaat blijven zoals ze zijn. Klik nogmaals om te bevestigen.</source>
        <translation>Are you sure? The change will then no longer go to the server. The data on this device stays as it is. Click again to confirm.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="451"/>
        <source>De wijziging is uit de wachtrij verwijderd.</source>
        <translation>The change has been removed from the queue.</translation>
    </message>
</context>
<context>
    <name>GroepPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="34"/>
        <source>Gebruikersnamen, gescheiden door komma&apos;s</source>
        <translation>User names, separated by commas</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="44"/>
        <source> (nog niet gevalideerd)</source>
        <translation> (not yet validated)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="45"/>
        <source>Groep &amp;opslaan</source>
        <translation>&amp;Save group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="50"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="51"/>
        <source>&amp;Docent(en):</source>
        <translation>&amp;Teacher(s):</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="52"/>
        <source>&amp;Startdatum:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="53"/>
        <source>Lesdagen:</source>
        <translation>Lesson days:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="54"/>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="58"/>
        <source>Cursisten in de groep</source>
        <translation>Participants in the group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="60"/>
        <source>Inburgeraar om te plaatsen</source>
        <translation>Newcomer to place</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="63"/>
        <source>&amp;Plaatsen</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="67"/>
        <source>vanaf</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="70"/>
        <source>Cursisten</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="89"/>
        <source>Nieuwe groep: vul de gegevens in en sla op.</source>
        <translation>New group: fill in the details and save.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="115"/>
        <source>Niet opgeslagen:
%1</source>
        <translation>Not saved:
%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="119"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="131"/>
        <source>Niet geplaatst: %1</source>
        <translation>Not placed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="134"/>
        <source>Geplaatst.</source>
        <translation>Placed.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../desktop_app/gui/help.py" line="57"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>HerhaalGroep</name>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="73"/>
        <source>+ Rij toevoegen: %1</source>
        <translation>+ Add row: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="109"/>
        <source>Rij verwijderen</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>HerstelDialog</name>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="20"/>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="21"/>
        <source>Kies een back-up. Wat er nu staat, wordt niet weggegooid maar apart bewaard als back-up &apos;voor-herstel&apos;, die u net zo kunt terugzetten.</source>
        <translation>Choose a backup. What is there now is not thrown away but kept apart as a &apos;voor-herstel&apos; backup, which you can restore the same way.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="25"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="28"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="37"/>
        <source>Alleen het sleutelbestand (bij een beschadigd sleutelbestand; de gegevens blijven zoals ze zijn)</source>
        <translation>Only the key file (for a damaged key file; the data stays as it is)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="39"/>
        <source>Er zijn geen back-ups.</source>
        <translation>There are no backups.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="44"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="45"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="49"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="64"/>
        <source>dagelijkse back-up</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="66"/>
        <source>vóór een update van Koers</source>
        <translation>before an update of Koers</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="68"/>
        <source>toestand vóór een eerder terugzetten</source>
        <translation>state before an earlier restore</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="88"/>
        <source>Inhoud: %1</source>
        <translation>Contents: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="94"/>
        <source>Voer eerst uw wachtwoord in.</source>
        <translation>Enter your passphrase first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="97"/>
        <source>Kies eerst een back-up.</source>
        <translation>Choose a backup first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="105"/>
        <source>Sleutelbestand teruggezet uit de back-up van %1; de gegevens zijn niet veranderd.</source>
        <translation>Key file restored from the backup of %1; the data has not changed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="108"/>
        <source>Back-up van %1 teruggezet (%2).</source>
        <translation>Backup of %1 restored (%2).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="112"/>
        <source>De toestand van daarvoor staat apart in %1.</source>
        <translation>The state from before is kept apart in %1.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="115"/>
        <source>Bezig met terugzetten…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>InUseScreen</name>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="162"/>
        <source>Koers is al geopend</source>
        <translation>Koers is already open</translation>
    </message>
</context>
<context>
    <name>InburgeraarDialog</name>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="32"/>
        <source>Inburgeraar bewerken</source>
        <translation>Edit newcomer</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="32"/>
        <source>Nieuwe inburgeraar</source>
        <translation>New newcomer</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="51"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="61"/>
        <source>bij gedeeltelijk, bijvoorbeeld: lezen en schrijven</source>
        <translation>if partial, for example: reading and writing</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="110"/>
        <source>Deze wijziging was nog niet af toen Koers vergrendelde. Verbeter wat rood gemarkeerd is en sla op; Annuleren gooit haar weg.</source>
        <translation>This change was not finished when Koers locked. Correct what is marked red and save; Cancel throws it away.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="136"/>
        <source>Niet opgeslagen: verbeter de rood gemarkeerde velden.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="82"/>
        <source>Gelezen</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="100"/>
        <source>Levensdomeinen</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="106"/>
        <source>Samenvatting en afronding</source>
        <translation>Summary and completion</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="121"/>
        <source>Elke wijziging wordt meteen opgeslagen.</source>
        <translation>Every change is saved immediately.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="122"/>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="124"/>
        <location filename="../desktop_app/gui/intake_view.py" line="323"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="211"/>
        <source>Er staan geen verplichte vragen meer open.</source>
        <translation>No required questions are left open.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="232"/>
        <source>bijzonder</source>
        <translation>special</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="235"/>
        <source>Bijzondere persoonsgegevens</source>
        <translation>Special-category personal data</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="262"/>
        <source>Nog geen startklas-advies.</source>
        <translation>No starter class advice yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="264"/>
        <source>Trajectadvies startklas: %1</source>
        <translation>Starter class route advice: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="266"/>
        <source>Aangepast naar: %1 (%2)</source>
        <translation>Changed to: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="269"/>
        <source>Voorlopig advies: de observatie loopt nog.</source>
        <translation>Provisional advice: the observation is still in progress.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="271"/>
        <source>Totaalscore: %1</source>
        <translation>Total score: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="274"/>
        <source>Instrument: %1</source>
        <translation>Instrument: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="294"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="316"/>
        <source>Opgeslagen om %1: %2</source>
        <translation>Saved at %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="322"/>
        <source>Ongedaan maken: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="352"/>
        <source>Ongedaan maken lukte niet: %1</source>
        <translation>Undo failed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="362"/>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="373"/>
        <source>Nog niet af te sluiten: vul eerst de punten hierboven in.</source>
        <translation>Cannot be closed yet: first complete the items above.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="377"/>
        <source>Formulierbestand met een fout (de laatste goede versie wordt gebruikt): %1</source>
        <translation>Form file contains an error (the last good version is used): %1</translation>
    </message>
</context>
<context>
    <name>KeuzeEditor</name>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="146"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="148"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="149"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="72"/>
        <source>Koers is vergrendeld</source>
        <translation>Koers is locked</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="73"/>
        <source>Voer uw wachtwoord in om de versleutelde gegevens op deze laptop te openen.</source>
        <translation>Enter your passphrase to open the encrypted data on this laptop.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="76"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="78"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="85"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="87"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="91"/>
        <source>&amp;Back-up terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="94"/>
        <source>Opslag: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="108"/>
        <source>Voer eerst uw wachtwoord in.</source>
        <translation>Enter your passphrase first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="113"/>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="132"/>
        <source>Ontgrendel met uw wachtwoord.</source>
        <translation>Unlock with your passphrase.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="141"/>
        <source>Na meerdere mislukte pogingen wacht Koers steeds langer (nu %1 s).</source>
        <translation>After several failed attempts Koers waits longer each time (now %1 s).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="147"/>
        <source>Openen mislukte door een onverwachte fout (%1). Uw gegevens zijn niet gewijzigd.</source>
        <translation>Opening failed due to an unexpected error (%1). Your data has not been changed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="100"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="101"/>
        <source>&amp;Nieuwe inburgeraar…</source>
        <translation>&amp;New newcomer…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="103"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="104"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="105"/>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="106"/>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="111"/>
        <source>&amp;Instellingen…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="116"/>
        <source>&amp;Help bij dit scherm</source>
        <translation>&amp;Help for this screen</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="118"/>
        <source>&amp;Over Koers</source>
        <translation>&amp;About Koers</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="146"/>
        <source>Ingelogd als %1 (%2)</source>
        <translation>Logged in as %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="150"/>
        <source>Geen dagelijkse back-up gemaakt: %1</source>
        <translation>No daily backup made: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="232"/>
        <source>Onderdelen</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="239"/>
        <source>Inburgeraar</source>
        <translation>Newcomer</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="408"/>
        <source>Kies links een inburgeraar, of maak er een met Ctrl+N.</source>
        <translation>Select a newcomer on the left, or create one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="409"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="247"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="251"/>
        <source>Geen onderdelen beschikbaar voor deze rol.</source>
        <translation>No modules available for this role.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="270"/>
        <source>&amp;Startklas</source>
        <translation>&amp;Starter class</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="271"/>
        <source>S&amp;ynchroniseren</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="331"/>
        <source>Brede &amp;intake</source>
        <translation>Broad &amp;intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="332"/>
        <source>&amp;PIP</source>
        <translation>&amp;PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="333"/>
        <source>Af&amp;drukken</source>
        <translation>P&amp;rint</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="387"/>
        <location filename="../desktop_app/gui/main_window.py" line="398"/>
        <source>&amp;Gegevens</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="461"/>
        <source>Wachtwoord gewijzigd; het oude wachtwoord opent niets meer.</source>
        <translation>Passphrase changed; the old passphrase opens nothing any more.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="497"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Melding</name>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="14"/>
        <source>&apos;{aspect}&apos; moet een score krijgen; dit instrument kent geen &apos;niet geobserveerd&apos;.</source>
        <translation>&apos;{aspect}&apos; needs a score; this instrument has no &apos;not observed&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="15"/>
        <source>&apos;{dagen}&apos; is geen lesdag; kies uit {keuzes}.</source>
        <translation>&apos;{dagen}&apos; is not a class day; choose from {keuzes}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="16"/>
        <source>&apos;{doelgroep}&apos; bestaat niet; kies uit {keuzes}.</source>
        <translation>&apos;{doelgroep}&apos; does not exist; choose from {keuzes}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="17"/>
        <source>&apos;{instrument}&apos; is niet geïnstalleerd.</source>
        <translation>&apos;{instrument}&apos; is not installed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="18"/>
        <source>&apos;{logo}&apos; is geen PNG- of JPEG-bestand; kies een .png of .jpg.</source>
        <translation>&apos;{logo}&apos; is not a PNG or JPEG file; choose a .png or .jpg.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="19"/>
        <source>&apos;{route}&apos; bestaat niet; kies uit {keuzes}.</source>
        <translation>&apos;{route}&apos; does not exist; choose from {keuzes}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="20"/>
        <source>&apos;{taal}&apos; is niet beschikbaar; kies uit {keuzes}.</source>
        <translation>&apos;{taal}&apos; is not available; choose from {keuzes}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="21"/>
        <source>&apos;{tekst}&apos; is dubbelzinnig (dag/maand of maand/dag?); schrijf dag-maand-jaar met streepjes ({voorbeeld}) of jaar-maand-dag (1990-12-05).</source>
        <translation>&apos;{tekst}&apos; is ambiguous (day/month or month/day?); write day-month-year with dashes ({voorbeeld}) or year-month-day (1990-12-05).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="22"/>
        <source>&apos;{tekst}&apos; is geen datum; schrijf dag-maand-jaar, bijvoorbeeld 01-03-2026.</source>
        <translation>&apos;{tekst}&apos; is not a date; write day-month-year, for example 01-03-2026.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="23"/>
        <source>&apos;{veld}&apos; volgt uit het vaststellen en wordt niet met de hand gezet.</source>
        <translation>&apos;{veld}&apos; follows from adopting the PIP and is not set by hand.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="24"/>
        <source>&apos;{waarde}&apos; is geen datum; schrijf dag-maand-jaar.</source>
        <translation>&apos;{waarde}&apos; is not a date; write day-month-year.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="25"/>
        <source>&apos;{waarde}&apos; is geen getal; vul een getal in.</source>
        <translation>&apos;{waarde}&apos; is not a number; enter a number.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="26"/>
        <source>&apos;{waarde}&apos; is geen van de keuzes; kies uit {keuzes}.</source>
        <translation>&apos;{waarde}&apos; is not one of the choices; choose from {keuzes}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="27"/>
        <source>Alleen een consultant kan het advies overschrijven.</source>
        <translation>Only a consultant can override the advice.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="28"/>
        <source>Alleen een consultant schrijft de argumentatie.</source>
        <translation>Only a consultant writes the reasoning.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="29"/>
        <source>alleen een vastgesteld PIP krijgt een nieuwe versie; dit is nog een concept.</source>
        <translation>only an adopted PIP gets a new version; this is still a draft.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="30"/>
        <source>aspect &apos;{aspect}&apos; staat niet in {instrument}.</source>
        <translation>aspect &apos;{aspect}&apos; is not part of {instrument}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="31"/>
        <source>beschrijf de Module Arbeidsmarkt en Participatie (of waarom die vervalt).</source>
        <translation>describe the Labour Market and Participation Module (or why it does not apply).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="32"/>
        <source>beschrijf het participatieverklaringstraject.</source>
        <translation>describe the participation statement programme.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="33"/>
        <source>bevat een onzichtbaar stuurteken of regeleinde ({teken}); verwijder het en typ de tekst opnieuw.</source>
        <translation>contains an invisible control character or line break ({teken}); remove it and type the text again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="34"/>
        <source>Concept-PIP: {fout}</source>
        <translation>Draft PIP: {fout}</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="35"/>
        <source>cursist {cursist} zat op {datum} niet in groep &apos;{groep}&apos;.</source>
        <translation>student {cursist} was not in group &apos;{groep}&apos; on {datum}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="36"/>
        <source>de einddatum ligt voor de begindatum.</source>
        <translation>the end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="37"/>
        <source>de groep van dit moment bestaat niet (meer).</source>
        <translation>the group of this moment does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="38"/>
        <source>de leerroute wijkt af van de leerbaarheidstoets; schrijf op waarom (het PIP is een beschikking).</source>
        <translation>the learning route differs from the learnability test; write down why (the PIP is a formal decision).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="39"/>
        <source>De vertaling in &apos;{taal}&apos; is niet door een moedertaalspreker gecontroleerd ({aantal} teksten).</source>
        <translation>The translation in &apos;{taal}&apos; has not been checked by a native speaker ({aantal} texts).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="40"/>
        <source>deze cursist zit al in groep &apos;{groep}&apos; (vanaf {van}, tot {tot}). Een cursist zit in één groep tegelijk: beëindig eerst die plaatsing.</source>
        <translation>this student is already in group &apos;{groep}&apos; (from {van}, until {tot}). A student is in one group at a time: end that placement first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="41"/>
        <source>deze cursist zit al in groep &apos;{groep}&apos; (vanaf {van}, zonder einddatum). Een cursist zit in één groep tegelijk: beëindig eerst die plaatsing.</source>
        <translation>this student is already in group &apos;{groep}&apos; (from {van}, without an end date). A student is in one group at a time: end that placement first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="42"/>
        <source>deze groep bestaat niet (meer).</source>
        <translation>this group does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="43"/>
        <source>Deze groep heeft {aantal} cursisten; een startklas is bedoeld voor ten hoogste {max}. Observeren wordt dan minder nauwkeurig.</source>
        <translation>This group has {aantal} students; a starter class is meant for at most {max}. Observation then becomes less accurate.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="44"/>
        <source>Deze inburgeraar heeft nog geen contactpersonen; het drukwerk zegt dat ze nog volgen. Vul ze in bij de inburgeraar.</source>
        <translation>This newcomer has no contacts yet; the printout says they will follow. Fill them in with the newcomer.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="45"/>
        <source>dit veld toont alleen gegevens en kan niet ingevuld worden.</source>
        <translation>this field only shows information and cannot be filled in.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="46"/>
        <source>duurt ten minste 6 maanden (seeds 002, 004); vul 6 of meer in.</source>
        <translation>lasts at least 6 months (seeds 002, 004); enter 6 or more.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="47"/>
        <source>een verlenging verlengt de inburgeringstermijn, en die begint pas na de PIP-dagtekening; vul eerst de PIP-dagtekening in.</source>
        <translation>an extension extends the integration term, which only starts after the PIP date of issue; fill in the PIP date of issue first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="48"/>
        <source>Er is geen drukwerk in de taal &apos;{taal}&apos; van {naam}; het is in het Nederlands gemaakt. Kies met --lang een andere taal.</source>
        <translation>There is no printed material in {naam}&apos;s language &apos;{taal}&apos;; it was made in Dutch. Choose another language with --lang.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="49"/>
        <source>er is nog geen concept PIP; stel het eerst op uit de brede intake.</source>
        <translation>there is no draft PIP yet; draw it up from the broad intake first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="50"/>
        <source>geef de groep een naam, bijvoorbeeld &apos;Startklas Dalfsen najaar&apos;.</source>
        <translation>give the group a name, for example &apos;Startklas Dalfsen autumn&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="51"/>
        <source>geef de termijn in &apos;weken&apos; of in &apos;maanden&apos;: één geheel getal van 1 tot 60.</source>
        <translation>give the period in &apos;weken&apos; (weeks) or &apos;maanden&apos; (months): one whole number from 1 to 60.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="52"/>
        <source>geeft een leeftijd boven 120 jaar; controleer het jaartal.</source>
        <translation>gives an age above 120 years; check the year.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="53"/>
        <source>Gemeenteconfiguratie {pad} niet te lezen ({reden}); het drukwerk heeft geen gemeentegegevens. Kies een geldig bestand.</source>
        <translation>Municipality configuration {pad} cannot be read ({reden}); the printout has no municipality details. Choose a valid file.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="54"/>
        <source>Gemeenteconfiguratie: {fout}</source>
        <translation>Municipality configuration: {fout}</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="55"/>
        <source>heeft 10 cijfers, dit zijn er {aantal}.</source>
        <translation>has 10 digits; this has {aantal}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="56"/>
        <source>heeft 9 cijfers, dit zijn er {aantal}.</source>
        <translation>has 9 digits; this has {aantal}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="57"/>
        <source>heeft een titel en tekst per taal nodig, met ten minste Nederlands (&apos;nl&apos;).</source>
        <translation>needs a title and text per language, with at least Dutch (&apos;nl&apos;).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="58"/>
        <source>heeft geen naam; vul &apos;naam&apos; in.</source>
        <translation>has no name; fill in &apos;naam&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="59"/>
        <source>het bestand bevat geen object met gegevens van de gemeente.</source>
        <translation>the file does not contain an object with the municipality&apos;s details.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="60"/>
        <source>het bestand bevat geen object; het wordt opnieuw aangemaakt.</source>
        <translation>the file does not contain an object; it will be created again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="61"/>
        <source>het bestand {pad} bestaat niet; kies een bestaand bestand.</source>
        <translation>the file {pad} does not exist; choose an existing file.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="62"/>
        <source>het instrument &apos;{instrument}&apos; van groep &apos;{groep}&apos; is niet geïnstalleerd; kies een ander instrument of zet het bestand in forms/observatie/.</source>
        <translation>the instrument &apos;{instrument}&apos; of group &apos;{groep}&apos; is not installed; choose another instrument or put the file in forms/observatie/.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="63"/>
        <source>is geen adres; schrijf bijvoorbeeld https://koers.gemeente.nl.</source>
        <translation>is not an address; write for example https://koers.gemeente.nl.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="64"/>
        <source>is geen proxy-adres; schrijf bijvoorbeeld http://proxy.gemeente.nl:8080.</source>
        <translation>is not a proxy address; write for example http://proxy.gemeente.nl:8080.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="65"/>
        <source>kan niet uit alleen nullen bestaan.</source>
        <translation>cannot consist of zeros only.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="66"/>
        <source>kies alleen uit {keuzes}.</source>
        <translation>choose only from {keuzes}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="67"/>
        <source>kies een cursist en een groep.</source>
        <translation>choose a student and a group.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="68"/>
        <source>kies een leerroute (bij eigen keuze: de geadviseerde route).</source>
        <translation>choose a learning route (for one&apos;s own choice: the advised route).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="69"/>
        <source>kies een score van 1 (acuut probleem) tot en met 5 (volledig zelfredzaam).</source>
        <translation>choose a score from 1 (acute problem) up to and including 5 (fully self-reliant).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="70"/>
        <source>kies ja of nee.</source>
        <translation>choose yes or no.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="71"/>
        <source>kies ten minste één lesdag.</source>
        <translation>choose at least one class day.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="72"/>
        <source>klopt niet (elfproef). Controleer de cijfers op het document.</source>
        <translation>is not valid (eleven test). Check the digits on the document.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="73"/>
        <source>ligt niet na het einde van de inburgeringstermijn ({einde}); een verlenging valt daarna.</source>
        <translation>is not after the end of the integration term ({einde}); an extension falls after it.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="74"/>
        <source>vul de datum van het ontheffingsbesluit in, of maak omvang, grond en onderdelen leeg.</source>
        <translation>enter the date of the exemption decision, or clear scope, ground and parts.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="75"/>
        <source>kies volledig of gedeeltelijk.</source>
        <translation>choose full or partial.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="76"/>
        <source>kies de grond van de ontheffing: medisch of bijzondere individuele omstandigheden.</source>
        <translation>choose the ground for the exemption: medical or special individual circumstances.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="77"/>
        <source>een gedeeltelijke ontheffing bestaat alleen op medische gronden (Wet inburgering 2021 art. 5 lid 1); bij bijzondere omstandigheden is zij volledig.</source>
        <translation>a partial exemption exists only on medical grounds (Civic Integration Act 2021 art. 5(1)); on special circumstances it is full.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="78"/>
        <source>noem de onderdelen waarvoor de ontheffing geldt, bijvoorbeeld &apos;lezen en schrijven&apos;.</source>
        <translation>name the parts the exemption covers, for example &apos;reading and writing&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="79"/>
        <source>ligt voor de geboortedatum.</source>
        <translation>is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="80"/>
        <source>ligt voor de koppeling aan de gemeente; een PIP volgt op de koppeling. Controleer beide datums.</source>
        <translation>is before the link to the municipality; a PIP follows the link. Check both dates.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="81"/>
        <source>ligt voor de start van de periode.</source>
        <translation>is before the start of the period.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="82"/>
        <source>Logo {pad} is geen PNG- of JPEG-afbeelding; het drukwerk heeft geen logo. Kies een ander bestand.</source>
        <translation>Logo {pad} is not a PNG or JPEG image; the printout has no logo. Choose another file.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="83"/>
        <source>Logo {pad} niet te lezen ({reden}); het drukwerk heeft geen logo.</source>
        <translation>Logo {pad} cannot be read ({reden}); the printout has no logo.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="84"/>
        <source>mag alleen cijfers bevatten.</source>
        <translation>may contain digits only.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="85"/>
        <source>moet 1, 2, 3, 4, 6 of 12 maanden zijn (een vast aantal gesprekken per jaar).</source>
        <translation>must be 1, 2, 3, 4, 6 or 12 months (a fixed number of conversations a year).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="86"/>
        <source>moet een geheel getal van 1 tot 12 zijn.</source>
        <translation>must be a whole number from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="87"/>
        <source>moet een geheel getal zijn.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="88"/>
        <source>moet een getal zijn.</source>
        <translation>must be a number.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="89"/>
        <source>moet een ja/nee-waarde (true of false) zijn.</source>
        <translation>must be a yes/no value (true or false).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="90"/>
        <source>moet een lijst zijn, bijvoorbeeld {voorbeeld}.</source>
        <translation>must be a list, for example {voorbeeld}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="91"/>
        <source>moet een lijst zijn.</source>
        <translation>must be a list.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="92"/>
        <source>moet een object zijn met &apos;stap&apos; en &apos;weken&apos; of &apos;maanden&apos;.</source>
        <translation>must be an object with &apos;stap&apos; and &apos;weken&apos; or &apos;maanden&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="93"/>
        <source>moet een tekst zijn.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="94"/>
        <source>moet met https:// beginnen: zonder TLS gaan persoonsgegevens onversleuteld over het netwerk.</source>
        <translation>must start with https://: without TLS, personal data travels over the network unencrypted.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="95"/>
        <source>moet tussen 1 en 60 minuten liggen.</source>
        <translation>must be between 1 and 60 minutes.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="96"/>
        <source>noem ten minste één docent.</source>
        <translation>name at least one teacher.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="97"/>
        <source>nog niet gekozen; kies een leerroute (de leerbaarheidstoets of het startklas-advies helpt).</source>
        <translation>not chosen yet; choose a learning route (the learnability test or the starter class advice helps).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="98"/>
        <source>onbekende instelling; bekend zijn: {bekend}.</source>
        <translation>unknown setting; known are: {bekend}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="99"/>
        <source>onbekende velden {velden}; gebruik stap, weken, maanden en bron.</source>
        <translation>unknown fields {velden}; use stap, weken, maanden and bron.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="100"/>
        <source>onbekende velden {velden}; gebruik {bekend}.</source>
        <translation>unknown fields {velden}; use {bekend}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="101"/>
        <source>PIP versie {versie}: {fout}</source>
        <translation>PIP version {versie}: {fout}</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="102"/>
        <source>schrijf op waarom deze versie de vorige vervangt.</source>
        <translation>write down why this version replaces the previous one.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="103"/>
        <source>schrijf op waarom er een nieuwe beschikking komt (bijvoorbeeld een andere leerroute).</source>
        <translation>write down why there is a new decision (for example a different learning route).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="104"/>
        <source>schrijf op waarom u van het advies afwijkt; dat is verplicht en wordt vastgelegd.</source>
        <translation>write down why you deviate from the advice; this is required and is recorded.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="105"/>
        <source>stap &apos;{stap}&apos; bestaat niet; kies uit {keuzes}.</source>
        <translation>step &apos;{stap}&apos; does not exist; choose from {keuzes}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="106"/>
        <source>Tekens zonder lettertype (worden als vakjes gedrukt): {tekens}</source>
        <translation>Characters without a font (printed as boxes): {tekens}</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="107"/>
        <source>ten minste één per jaar.</source>
        <translation>at least one a year.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="108"/>
        <source>versie {versie} is al vastgesteld; maak een nieuwe versie om iets te wijzigen.</source>
        <translation>version {versie} has already been adopted; make a new version to change anything.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="109"/>
        <source>versie {versie} is vastgesteld (een beschikking) en verandert niet meer. Kies &apos;Nieuwe versie&apos; en schrijf de reden op; die versie stelt u daarna vast.</source>
        <translation>version {versie} has been adopted (a formal decision) and no longer changes. Choose &apos;New version&apos; and write down the reason; you then adopt that version.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="110"/>
        <source>verwacht een getal.</source>
        <translation>expects a number.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="111"/>
        <source>verwacht een lijst van rijen.</source>
        <translation>expects a list of rows.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="112"/>
        <source>verwacht tekst.</source>
        <translation>expects text.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="113"/>
        <source>vul de dagtekening van de beschikking in.</source>
        <translation>fill in the date of issue of the decision.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="114"/>
        <source>vul de datum in vanaf wanneer de cursist in de groep zit.</source>
        <translation>fill in the date from which the student is in the group.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="115"/>
        <source>vul de datum van het observatiemoment in.</source>
        <translation>fill in the date of the observation moment.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="116"/>
        <source>vul de naam van de gemeente in (bijvoorbeeld &apos;Gemeente Huizen&apos;).</source>
        <translation>fill in the name of the municipality (for example &apos;Gemeente Huizen&apos;).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="117"/>
        <source>vul de startdatum van de groep in.</source>
        <translation>fill in the start date of the group.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="118"/>
        <source>vul ten minste een voornaam of achternaam in.</source>
        <translation>fill in at least a first name or surname.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="119"/>
        <source>{aantal} tekst(en) ontbreken en staan er in het Nederlands: {namen}.</source>
        <translation>{aantal} text(s) are missing and appear in Dutch: {namen}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="120"/>
        <source>{datum} ligt in de toekomst; observeer eerst, scoor daarna.</source>
        <translation>{datum} is in the future; observe first, score afterwards.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="121"/>
        <source>{datum} ligt in de toekomst; vul een datum in die al geweest is.</source>
        <translation>{datum} is in the future; enter a date that has already passed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="122"/>
        <source>{datum} ligt voor de koppeling aan de gemeente ({koppeling}); een PIP volgt op de koppeling. Controleer de datum.</source>
        <translation>{datum} is before the link to the municipality ({koppeling}); a PIP follows the link. Check the date.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="123"/>
        <source>{datum} ligt voor de start van groep &apos;{groep}&apos; ({start}).</source>
        <translation>{datum} is before the start of group &apos;{groep}&apos; ({start}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="124"/>
        <source>{waarde} kan niet; vul een getal van {van} tot en met {tot} in.</source>
        <translation>{waarde} is not possible; enter a number from {van} up to and including {tot}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="125"/>
        <source>{wat} staat niet op een docent-installatie: die gegevens zijn alleen voor de klantmanager.</source>
        <translation>{wat} is not on a teacher installation: that information is for the consultant only.</translation>
    </message>
</context>
<context>
    <name>ObserverenPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="214"/>
        <source>Observatiemoment</source>
        <translation>Observation session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="219"/>
        <source>Datum van een nieuw moment</source>
        <translation>Date of a new session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="220"/>
        <source>Nieuw moment</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="222"/>
        <source>Alle cursisten</source>
        <translation>All participants</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="224"/>
        <source>Eén cursist:</source>
        <translation>One participant:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="226"/>
        <source>Cursist</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="232"/>
        <source>Moment:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="242"/>
        <source>Scoorrooster</source>
        <translation>Scoring grid</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="249"/>
        <source>Toetsen: cijfer = score en door · 0, N of - = niet geobserveerd · Delete = wissen · pijltjes = verplaatsen · Enter = volgende cursist · Alt+A = notitie bij aspect · Alt+M = notitie bij moment</source>
        <translation>Keys: digit = score and move on · 0, N or - = not observed · Delete = clear · arrows = move · Enter = next participant · Alt+A = note on aspect · Alt+M = note on session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="254"/>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="255"/>
        <source>Notitie bij deze cursist en dit aspect</source>
        <translation>Note on this participant and this aspect</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="258"/>
        <source>Notitie bij dit moment (de hele les)</source>
        <translation>Note on this session (the whole lesson)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="259"/>
        <source>Notitie bij dit moment</source>
        <translation>Note on this session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="267"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="331"/>
        <source>Nog geen observatiemoment in deze groep: kies een datum en &apos;Nieuw moment&apos;.</source>
        <translation>No observation session in this group yet: choose a date and &apos;New session&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="358"/>
        <source>Niet aangemaakt: %1</source>
        <translation>Not created: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="369"/>
        <source>Die score bestaat niet: de schaal loopt van %1 tot %2.</source>
        <translation>That score does not exist: the scale runs from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="413"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="416"/>
        <source>Opgeslagen om %1.</source>
        <translation>Saved at %1.</translation>
    </message>
</context>
<context>
    <name>PipView</name>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="168"/>
        <source>Het PIP staat niet op een docent-installatie.</source>
        <translation>The PIP is not available on a teacher installation.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="141"/>
        <source>PIP (Plan Inburgering en Participatie)</source>
        <translation>PIP (integration and participation plan)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="148"/>
        <source>Versie van het PIP</source>
        <translation>Version of the PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="153"/>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="155"/>
        <source>&amp;Nieuwe versie…</source>
        <translation>&amp;New version…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="205"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="237"/>
        <source>1. Inburgering en leerroute</source>
        <translation>1. Integration and learning route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="238"/>
        <source>Leerroute</source>
        <translation>Learning route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="240"/>
        <source>Herkomst</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="241"/>
        <source>Streefniveau</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="242"/>
        <source>Intensiteit</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="243"/>
        <source>Taalaanbieder</source>
        <translation>Language provider</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="244"/>
        <source>Argumentatie bij afwijking van de leerbaarheidstoets</source>
        <translation>Reasoning for deviating from the learnability test</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="245"/>
        <source>2. Participatie</source>
        <translation>2. Participation</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="246"/>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="247"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="248"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="249"/>
        <source>Uren participatie</source>
        <translation>Participation hours</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="250"/>
        <source>3. Ontzorgen</source>
        <translation>3. Financial relief (ontzorgen)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="251"/>
        <source>Financieel ontzorgen</source>
        <translation>Financial relief</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="252"/>
        <source>Vaste lasten</source>
        <translation>Fixed costs</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="253"/>
        <source>Aantal maanden (ten minste 6)</source>
        <translation>Number of months (at least 6)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="254"/>
        <source>4. Begeleiding</source>
        <translation>4. Support</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="255"/>
        <source>Maatschappelijke begeleiding</source>
        <translation>Social support</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="256"/>
        <source>Voortgangsgesprekken per jaar</source>
        <translation>Progress reviews per year</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="257"/>
        <source>Afspraken over begeleiding</source>
        <translation>Agreements on support</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="258"/>
        <source>Voorwaarden</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="259"/>
        <source>Kinderopvang nodig</source>
        <translation>Childcare needed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="260"/>
        <source>Toelichting kinderopvang</source>
        <translation>Childcare details</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="261"/>
        <source>Reizen</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="262"/>
        <source>Overige voorwaarden</source>
        <translation>Other conditions</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="266"/>
        <source>Gezin</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="267"/>
        <source>Periode, voortgang en termijnen</source>
        <translation>Period, progress and deadlines</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="269"/>
        <source>Periode (inburgeringstermijn)</source>
        <translation>Period (integration term)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="271"/>
        <source>Voortgangsgesprekken gepland</source>
        <translation>Planned progress reviews</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="274"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="275"/>
        <source>Afspraken uit de brede intake</source>
        <translation>Agreements from the broad intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="280"/>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="305"/>
        <source>Opnieuw opstellen uit de intake</source>
        <translation>Redraft from the intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="306"/>
        <source>Concept PIP opstellen uit de brede intake</source>
        <translation>Draw up draft PIP from the broad intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="309"/>
        <source>Er is nog geen concept PIP. Stel het op uit de brede intake; daarna kunt u alles aanpassen.</source>
        <translation>There is no draft PIP yet. Draw it up from the broad intake; after that you can change everything.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="314"/>
        <source>VASTGESTELD · versie %1 · dagtekening %2 · door %3</source>
        <translation>ADOPTED · version %1 · dated %2 · by %3</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="316"/>
        <location filename="../desktop_app/gui/pip_view.py" line="321"/>
        <source>Reden van deze versie: %1</source>
        <translation>Reason for this version: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="320"/>
        <source>CONCEPT · versie %1 · nog niet vastgesteld</source>
        <translation>DRAFT · version %1 · not adopted yet</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="334"/>
        <source>Huidig PIP</source>
        <translation>Current PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="336"/>
        <source>Versie %1, vastgesteld %2</source>
        <translation>Version %1, adopted %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="349"/>
        <source>handmatig</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="351"/>
        <location filename="../desktop_app/gui/pip_view.py" line="354"/>
        <source>volgt uit de PIP-dagtekening</source>
        <translation>follows from the PIP issue date</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="359"/>
        <source>Geen voorgestelde afspraken in de intake.</source>
        <translation>No proposed agreements in the intake.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="371"/>
        <source>geen PIP</source>
        <translation>no PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="371"/>
        <source>PIP versie %1, %2</source>
        <translation>PIP version %1, %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="372"/>
        <source>vastgesteld</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="372"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="373"/>
        <source>Partner: %1 (eigen intake en PIP; %2)</source>
        <translation>Partner: %1 (own intake and PIP; %2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="376"/>
        <source>Kinderopvang nodig voor de partner: %1</source>
        <translation>Childcare needed for the partner: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="377"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="379"/>
        <source>vve: aangemeld</source>
        <translation>early childhood education: registered</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="379"/>
        <source>vve: nog aanmelden</source>
        <translation>early childhood education: still to register</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="380"/>
        <source>vve: niet</source>
        <translation>early childhood education: no</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="383"/>
        <source>Geen partner of kinderen vastgelegd in de intake.</source>
        <translation>No partner or children recorded in the intake.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="398"/>
        <source>Opnieuw opstellen</source>
        <translation>Redraft</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="399"/>
        <source>Het concept PIP opnieuw opstellen uit de intake? Uw aanpassingen worden overschreven (ze blijven in de audit-log).</source>
        <translation>Draw up the draft PIP again from the intake? Your changes will be overwritten (they remain in the audit log).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="411"/>
        <source>Concept PIP opgesteld en opgeslagen.</source>
        <translation>Draft PIP drawn up and saved.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="427"/>
        <source>Niet vastgesteld. Nog nodig:</source>
        <translation>Not adopted. Still needed:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="433"/>
        <source>Vastgesteld als beschikking (versie %1).</source>
        <translation>Adopted as a formal decision (version %1).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="439"/>
        <source>Nieuwe versie van het PIP</source>
        <translation>New version of the PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="440"/>
        <source>Een wijziging is een nieuwe beschikking. Waarom komt er een nieuwe versie (bijvoorbeeld: andere leerroute na de voortgangsgesprekken)?</source>
        <translation>A change is a new formal decision. Why is there a new version (for example: another learning route after the progress meetings)?</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="447"/>
        <source>Geen nieuwe versie: %1</source>
        <translation>No new version: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="462"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="468"/>
        <source>Opgeslagen om %1.</source>
        <translation>Saved at %1.</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="52"/>
        <source>Wegwijzer (A4-boekje, vouwen)</source>
        <translation>Signpost booklet (A4, folded)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="52"/>
        <source>Welkomstpakket</source>
        <translation>Welcome pack</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="52"/>
        <source>Wegwijzer (A5)</source>
        <translation>Signpost (A5)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="53"/>
        <source>PIP</source>
        <translation>PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="53"/>
        <source>Observatieverslag startklas</source>
        <translation>Starter class observation report</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="56"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="63"/>
        <source>Er is geen drukwerk in de taal &apos;%1&apos; van deze inburgeraar; kies een andere taal.</source>
        <translation>There is no printed material in this newcomer&apos;s language (&apos;%1&apos;); choose another language.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="64"/>
        <source>Taal van het drukwerk</source>
        <translation>Language of the printed material</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="66"/>
        <source>Versie van het PIP</source>
        <translation>Version of the PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="67"/>
        <source>Met Nederlands ernaast</source>
        <translation>With Dutch alongside</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="68"/>
        <source>Regel &apos;vertaling niet gecontroleerd&apos;</source>
        <translation>Footer &apos;translation not checked&apos;</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="70"/>
        <source>&amp;Afdrukken…</source>
        <translation>Prin&amp;t…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="71"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="79"/>
        <source>&amp;Document:</source>
        <translation>D&amp;ocument:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="79"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="162"/>
        <source>Voorbeeld wordt gemaakt…</source>
        <translation>Creating preview…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="173"/>
        <source>Huidig PIP</source>
        <translation>Current PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="176"/>
        <source>Versie %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="190"/>
        <source>Let op:</source>
        <translation>Note:</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/gui/print_view.py" line="193"/>
        <source>%n pagina(&apos;s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="208"/>
        <source>Het drukwerk kon niet worden gemaakt (%1). Er is niets opgeslagen of afgedrukt.</source>
        <translation>The printed material could not be created (%1). Nothing was saved or printed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="231"/>
        <source>Pagina %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="242"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="243"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="257"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="258"/>
        <source>%1 kon niet worden geschreven: %2. Kies een andere map.</source>
        <translation>%1 could not be written: %2. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="262"/>
        <source>Opgeslagen als %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>RoosterTabel</name>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="153"/>
        <source>Hoek van het rooster</source>
        <translation>Corner of the grid</translation>
    </message>
</context>
<context>
    <name>SamenvattingWidget</name>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="29"/>
        <source>Samenvatting en afronding</source>
        <translation>Summary and completion</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="43"/>
        <source>Intake afsluiten</source>
        <translation>Close intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="66"/>
        <source>bijzonder</source>
        <translation>special category</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="73"/>
        <source>Antwoorden op vragen die in de huidige versie van het formulier niet meer bestaan of niet meer passen. Ze gaan niet verloren.</source>
        <translation>Answers to questions that no longer exist or no longer fit in the current version of the form. They are not lost.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="82"/>
        <source>Intake afgesloten op %1.</source>
        <translation>Intake closed on %1.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="84"/>
        <source>Nog %1 punt(en) open voor afsluiten.</source>
        <translation>%1 item(s) still open before closing.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="85"/>
        <source>De intake kan worden afgesloten.</source>
        <translation>The intake can be closed.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="41"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="51"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="54"/>
        <source>leeg: die van het systeem</source>
        <translation>empty: system setting</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="56"/>
        <source>leeg: het voorbeeld &apos;Gemeente Voorbeeld&apos;</source>
        <translation>empty: the example &apos;Gemeente Voorbeeld&apos;</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="59"/>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="59"/>
        <source>%1 maanden</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="62"/>
        <source>Hoog contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="68"/>
        <source>Taal van Koers</source>
        <translation>Koers language</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="68"/>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="69"/>
        <source>Centrale server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="69"/>
        <source>CA-certificaat (PEM)</source>
        <translation>CA certificate (PEM)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="70"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="70"/>
        <source>Gemeentegegevens (JSON)</source>
        <translation>Municipality details (JSON)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="71"/>
        <source>Voortgangsgesprek elke</source>
        <translation>Progress review every</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="72"/>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="81"/>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="82"/>
        <source>Kies bestand voor %1</source>
        <translation>Choose file for %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="89"/>
        <source>Een nieuwe taal of weergave geldt na het opnieuw starten van Koers.</source>
        <translation>A new language or display setting takes effect after restarting Koers.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="99"/>
        <source>Certificaten (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="99"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="100"/>
        <source>Kies bestand</source>
        <translation>Choose file</translation>
    </message>
</context>
<context>
    <name>StartklasView</name>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="148"/>
        <source>Startklasgroepen</source>
        <translation>Starter class groups</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="150"/>
        <source>Nieuwe &amp;groep</source>
        <translation>New &amp;group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="155"/>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="165"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="165"/>
        <source>Observeren</source>
        <translation>Observe</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="166"/>
        <source>Eindscore</source>
        <translation>Final score</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="166"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="167"/>
        <source>Trajectadvies</source>
        <translation>Route advice</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="58"/>
        <source>&amp;Bekijken…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="59"/>
        <source>Niet geaccepteerde wijzigingen bekijken</source>
        <translation>View changes not accepted</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="66"/>
        <source>Voortgang synchronisatie</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="70"/>
        <source>Melding synchronisatie</source>
        <translation>Sync message</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="72"/>
        <source>&amp;Synchroniseren</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="74"/>
        <source>&amp;Aanmelden bij de server…</source>
        <translation>&amp;Register with the server…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="94"/>
        <source>Aangemeld bij %1 als %2 (%3, %4).</source>
        <translation>Registered with %1 as %2 (%3, %4).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="97"/>
        <source>Dit apparaat is nog niet aangemeld bij de centrale server. Vraag de beheerder om een aanmeldcode en kies &apos;Aanmelden bij de server&apos;.</source>
        <translation>This device is not yet registered with the central server. Ask the administrator for a registration code and choose &apos;Register with the server&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="99"/>
        <source>Laatst gesynchroniseerd: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="100"/>
        <source>Nog niet gesynchroniseerd.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="101"/>
        <source>Wijzigingen die nog verstuurd moeten worden: %1</source>
        <translation>Changes still to be sent: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="103"/>
        <source>%1 wijzigingen niet geaccepteerd door de server</source>
        <translation>%1 change(s) not accepted by the server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="107"/>
        <source>&amp;Conflicten oplossen (%1)…</source>
        <translation>Resolve con&amp;flicts (%1)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="112"/>
        <source>De beheerder heeft de toegang van dit apparaat ingetrokken. Uw gegevens op dit apparaat blijven bewaard. Meld het opnieuw aan met een nieuwe code.</source>
        <translation>The administrator has revoked this device&apos;s access. Your data on this device is kept. Register it again with a new code.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="131"/>
        <source>Bezig met synchroniseren… U kunt intussen gewoon doorwerken.</source>
        <translation>Syncing… You can keep working in the meantime.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="143"/>
        <source>Gesynchroniseerd: %1 verstuurd, %2 ontvangen.</source>
        <translation>Synced: %1 sent, %2 received.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="146"/>
        <source>%1 conflict(en): kies per veld welke waarde blijft.</source>
        <translation>%1 conflict(s): choose for each field which value is kept.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="149"/>
        <source>%1 wijziging(en) niet geaccepteerd door de server; ze zijn bewaard. Kies &apos;Bekijken&apos; voor de reden.</source>
        <translation>%1 change(s) not accepted by the server; they have been kept. Choose &apos;View&apos; for the reason.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="163"/>
        <source>Synchroniseren lukte niet (%1). Uw gegevens op dit apparaat blijven bewaard; probeer het later opnieuw.</source>
        <translation>Sync failed (%1). Your data on this device is kept; try again later.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="171"/>
        <source>Aangemeld. Kies &apos;Synchroniseren&apos; om de gegevens op te halen.</source>
        <translation>Registered. Choose &apos;Sync now&apos; to fetch the data.</translation>
    </message>
</context>
<context>
    <name>TekstEditor</name>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="83"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>TrendGrafiek</name>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="25"/>
        <source>Groeilijn per groep van aspecten</source>
        <translation>Growth per aspect group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="39"/>
        <source>Nog geen scores voor deze cursist.</source>
        <translation>No scores for this participant yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="67"/>
        <source>week</source>
        <translation>week</translation>
    </message>
</context>
<context>
    <name>VoortgangPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="96"/>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="100"/>
        <source>Cursist</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="100"/>
        <source>Momenten</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="100"/>
        <source>Weken</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="101"/>
        <source>Aspecten</source>
        <translation>Aspects</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="101"/>
        <source>Genoeg voor een definitief advies?</source>
        <translation>Enough for final advice?</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="106"/>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="115"/>
        <source>Groepsoverzicht</source>
        <translation>Group overview</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="110"/>
        <source>Groeilijn van:</source>
        <translation>Growth chart for:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="138"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="138"/>
        <source>nee: </source>
        <translation>no: </translation>
    </message>
</context>
<context>
    <name>VraagRij</name>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="37"/>
        <source>Melding bij %1</source>
        <translation>Message for %1</translation>
    </message>
</context>
<context>
    <name>WachtwoordDialog</name>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="19"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="20"/>
        <source>De opslag en alle back-ups krijgen een nieuwe sleutel: het oude wachtwoord opent daarna niets meer op deze laptop. Een kopie die iemand vóór de wijziging maakte, blijft wel met het oude wachtwoord te openen.</source>
        <translation>The store and all backups get a new key: afterwards the old passphrase opens nothing on this laptop. A copy someone made before the change can still be opened with the old passphrase.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="25"/>
        <source>Huidig wachtwoord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="25"/>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="26"/>
        <source>Herhaal nieuw wachtwoord</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="29"/>
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="37"/>
        <source>&amp;Huidig wachtwoord</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="38"/>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="41"/>
        <source>He&amp;rhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="63"/>
        <source>Voer uw huidige wachtwoord in.</source>
        <translation>Enter your current passphrase.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="66"/>
        <source>Het nieuwe wachtwoord is te zwak of de herhaling is niet gelijk.</source>
        <translation>The new passphrase is too weak or the repetition does not match.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="68"/>
        <source>Bezig: de opslag en de back-ups krijgen een nieuwe sleutel…</source>
        <translation>Working: the store and the backups get a new key…</translation>
    </message>
</context>
<context>
    <name>_VaststelDialoog</name>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="478"/>
        <source>PIP vaststellen</source>
        <translation>Adopt the PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="480"/>
        <source>Vaststellen maakt dit PIP een beschikking: deze versie verandert daarna niet meer. De inburgeraar kan binnen %1 weken na de dagtekening bezwaar maken. De inburgeringstermijn telt vanaf de dag na de dagtekening van het eerste PIP.</source>
        <translation>Adopting makes this PIP a formal decision: this version does not change any more. The person may object within %1 weeks of its date. The integration period counts from the day after the date of the first PIP.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="491"/>
        <source>&amp;Dagtekening:</source>
        <translation>&amp;Date of decision:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="494"/>
        <source>&amp;Vaststellen</source>
        <translation>&amp;Adopt</translation>
    </message>
</context>
</TS>
