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
        <location filename="../desktop_app/gui/observatie/advies.py" line="37"/>
        <source>Cursist</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="53"/>
        <source>Cursist:</source>
        <translation>Participant:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="64"/>
        <source>Waarom dit advies</source>
        <translation>Why this advice</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="68"/>
        <source>Leerbaarheidstoets</source>
        <translation>Learnability test</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="72"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="75"/>
        <source>Waarom wijkt u af van de leerbaarheidstoets? (verplicht voordat het PIP definitief wordt)</source>
        <translation>Why do you deviate from the learnability test? (required before the PIP becomes final)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="78"/>
        <source>Argumentatie &amp;bewaren</source>
        <translation>&amp;Save reasoning</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="81"/>
        <source>(geen — het berekende advies geldt)</source>
        <translation>(none — the calculated advice applies)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="85"/>
        <source>Reden (verplicht; wordt vastgelegd)</source>
        <translation>Reason (required; will be recorded)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="86"/>
        <source>Advies &amp;overschrijven</source>
        <translation>&amp;Override advice</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="88"/>
        <source>Argumentatie:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="90"/>
        <source>Andere route:</source>
        <translation>Other route:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="91"/>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="96"/>
        <source>Op deze installatie staat niets van de intake. Het advies rust op de observatie; de consultant vult het aan met de harde gegevens en de toets.</source>
        <translation>This installation holds no intake data. The advice rests on the observation; the consultant adds the hard data and the test.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="128"/>
        <source>VOORLOPIG</source>
        <translation>PROVISIONAL</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="131"/>
        <source>DEFINITIEF</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="134"/>
        <source>%1 — nog niet gevalideerd. Gebruik dit advies als onderbouwing, niet als uitkomst.</source>
        <translation>%1 — not yet validated. Use this advice as supporting evidence, not as the outcome.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="136"/>
        <source>Totaalscore %1 · band: %2</source>
        <translation>Total score %1 · band: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="139"/>
        <source>Ondersteuning: %1</source>
        <translation>Support: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="141"/>
        <source>Argumentatie nodig voordat het PIP definitief wordt.</source>
        <translation>Reasoning needed before the PIP becomes final.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="164"/>
        <source>Argumentatie bewaard.</source>
        <translation>Reasoning saved.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="173"/>
        <source>Niet overschreven: %1</source>
        <translation>Not overridden: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="176"/>
        <source>Vastgelegd.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop_app/gui/app.py" line="45"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="46"/>
        <source>Niet alle instellingen konden worden gebruikt; voor deze geldt de standaardwaarde:</source>
        <translation>Not all settings could be used; these fall back to their default:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="49"/>
        <source>Herstel ze via Bestand → Instellingen.</source>
        <translation>Correct them under File → Settings.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="67"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="67"/>
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
        <location filename="../desktop_app/gui/client_detail.py" line="37"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="38"/>
        <source>Gegevens bewerken</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="44"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="55"/>
        <source>Sleuteldatums</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="61"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="62"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="62"/>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="62"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="63"/>
        <source>Gedaan</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="71"/>
        <source>%1 (doel gemeente)</source>
        <translation>%1 (municipal target)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="85"/>
        <source>Contactpersonen</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="94"/>
        <source>Nog geen contactpersonen vastgelegd.</source>
        <translation>No contacts recorded yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="101"/>
        <source>&lt;b&gt;Termijnen&lt;/b&gt; (berekend uit de sleuteldatums)</source>
        <translation>&lt;b&gt;Deadlines&lt;/b&gt; (calculated from the key dates)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="267"/>
        <source>Conflict oplossen</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="273"/>
        <source>%1 (%2): u en %3 deden tegelijk iets anders. Wat moet er blijven?</source>
        <translation>%1 (%2): you and %3 did something different at the same time. What should be kept?</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="275"/>
        <source>%1 (%2), veld &apos;%4&apos;: u en %3 wijzigden dit tegelijk. Welke waarde moet er blijven?</source>
        <translation>%1 (%2), field &apos;%4&apos;: you and %3 changed this at the same time. Which value should be kept?</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="283"/>
        <source>U verwijderde dit.</source>
        <translation>You deleted this.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="284"/>
        <source>U wijzigde: %1</source>
        <translation>You changed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="285"/>
        <source>Verwijderd.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="285"/>
        <source>Gewijzigd; bestaat nog.</source>
        <translation>Changed; still exists.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="286"/>
        <source>Uw waarde</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="287"/>
        <source>Waarde van %1</source>
        <translation>Value from %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="299"/>
        <source>Nieuwe waarde</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="303"/>
        <source>&amp;Mijn waarde houden</source>
        <translation>Keep &amp;my value</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="304"/>
        <source>&amp;Hun waarde houden</source>
        <translation>Keep &amp;their value</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="305"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="306"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="321"/>
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
        <source>Asielstatushouder</source>
        <translation>Refugee status holder</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="35"/>
        <source>Nareiziger</source>
        <translation>Family reunification (nareiziger)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="36"/>
        <source>Gezinsmigrant</source>
        <translation>Family migrant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="37"/>
        <source>Overige migrant</source>
        <translation>Other migrant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="38"/>
        <source>Maatschappelijk begeleider</source>
        <translation>Social support worker</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="39"/>
        <source>Taalschool</source>
        <translation>Language school</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="40"/>
        <source>Participatiepartner</source>
        <translation>Participation partner</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="41"/>
        <source>COA</source>
        <translation>COA</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="42"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="43"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="45"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="46"/>
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="47"/>
        <source>te laat gereed</source>
        <translation>done late</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="48"/>
        <source>verstreken</source>
        <translation>window passed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="49"/>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="50"/>
        <source>vervallen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="51"/>
        <source>startdatum onbekend</source>
        <translation>start date unknown</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="52"/>
        <source>Brede intake starten</source>
        <translation>Start the broad intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="53"/>
        <source>Leerbaarheidstoets afnemen</source>
        <translation>Take the learnability test</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="54"/>
        <source>PIP vaststellen</source>
        <translation>Finalise the PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="58"/>
        <source>Financieel ontzorgen: minimaal tot en met</source>
        <translation>Financial relief: at least up to and including</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="44"/>
        <source>binnenkort</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="55"/>
        <source>Einde inburgeringstermijn</source>
        <translation>End of integration period</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="56"/>
        <source>Leerroute wijzigen kan tot</source>
        <translation>Learning route can be changed until</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="57"/>
        <source>Financieel ontzorgen: evaluatie na 3 maanden</source>
        <translation>Financial relief: review after 3 months</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="59"/>
        <source>Volgend voortgangsgesprek</source>
        <translation>Next progress review</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="60"/>
        <source>PVT ondertekenen</source>
        <translation>Sign the PVT</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="61"/>
        <source>nog leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="62"/>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="63"/>
        <source>vervolg nodig</source>
        <translation>follow-up needed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="64"/>
        <source>compleet</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="65"/>
        <source>controleer</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="66"/>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="67"/>
        <source>deels besproken</source>
        <translation>partly discussed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="68"/>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="69"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="70"/>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="71"/>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="72"/>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="73"/>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="74"/>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="75"/>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="76"/>
        <source>consultant</source>
        <translation>case manager</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="77"/>
        <source>docent</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="78"/>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="79"/>
        <source>Z-route</source>
        <translation>Z-route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="80"/>
        <source>B1-route</source>
        <translation>B1 route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="81"/>
        <source>B1-route snel/intensief</source>
        <translation>B1 route fast/intensive</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="82"/>
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
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="55"/>
        <source>Cursist</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="58"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="58"/>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="58"/>
        <source>Voorstel</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="59"/>
        <source>Eindscore</source>
        <translation>Final score</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="63"/>
        <source>Eindscores</source>
        <translation>Final scores</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="65"/>
        <source>Voorstel &amp;overnemen</source>
        <translation>&amp;Use proposed scores</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="67"/>
        <source>Eindscores &amp;vaststellen</source>
        <translation>&amp;Finalise scores</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="74"/>
        <source>Cursist:</source>
        <translation>Participant:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="82"/>
        <source>Het voorstel komt uit de observatiemomenten; recente momenten wegen zwaarder. Bevestig of wijzig elke score (cijfertoets), en stel daarna vast. Elke wijziging wordt vastgelegd.</source>
        <translation>The proposal comes from the observation sessions; recent sessions weigh more. Confirm or change each score (number key), then finalise. Every change is recorded.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="118"/>
        <source>Vastgesteld door %1 op %2.</source>
        <translation>Finalised by %1 on %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="137"/>
        <source>Gewijzigd ten opzichte van het voorstel</source>
        <translation>Changed from the proposal</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="144"/>
        <source>Totaal: %1 van %2 (%3 van %4 aspecten gescoord)</source>
        <translation>Total: %1 of %2 (%3 of %4 aspects scored)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="153"/>
        <source>Nog niet vastgesteld.</source>
        <translation>Not finalised yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="169"/>
        <source>Niet vastgesteld: %1</source>
        <translation>Not finalised: %1</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="195"/>
        <source>Aanmelden bij de centrale server</source>
        <translation>Register with the central server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="197"/>
        <source>Vul het adres van de server en de eenmalige aanmeldcode in die u van de beheerder kreeg.</source>
        <translation>Enter the server address and the one-time registration code you received from the administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="206"/>
        <source>alleen bij een eigen PKI van de gemeente</source>
        <translation>only with the municipality&apos;s own PKI</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="207"/>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="213"/>
        <source>leeg: de instelling van het systeem</source>
        <translation>empty: system setting</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="214"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="215"/>
        <source>Aanmeld&amp;code:</source>
        <translation>Registration &amp;code:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="216"/>
        <source>CA-&amp;bestand:</source>
        <translation>CA &amp;file:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="219"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="226"/>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="233"/>
        <source>CA-bestand van de gemeente</source>
        <translation>Municipality&apos;s CA file</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="234"/>
        <source>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="241"/>
        <source>Vul het adres van de server in, beginnend met https://.</source>
        <translation>Enter the server address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="245"/>
        <source>Vul de aanmeldcode in die u van de beheerder kreeg.</source>
        <translation>Enter the registration code you received from the administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="249"/>
        <source>Bezig met aanmelden…</source>
        <translation>Registering…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="176"/>
        <source>Welkom bij Koers</source>
        <translation>Welcome to Koers</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="177"/>
        <source>Koers bewaart alle gegevens versleuteld op deze laptop. Kies een wachtwoord dat u onthoudt: zonder dit wachtwoord is niets te lezen, ook niet door de beheerder. Vier losse woorden werken goed.</source>
        <translation>Koers stores all data encrypted on this laptop. Choose a passphrase you will remember: without it nothing can be read, not even by the administrator. Four random words work well.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="180"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="182"/>
        <source>Uw rol</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="183"/>
        <source>Klantmanager / consulent</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="184"/>
        <source>Docent startklas</source>
        <translation>Starter class teacher</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="187"/>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="190"/>
        <source>Herhaal wachtwoord</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="192"/>
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="196"/>
        <source>Opslag &amp;aanmaken</source>
        <translation>&amp;Create store</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="205"/>
        <source>Uw &amp;naam</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="206"/>
        <source>Uw &amp;rol</source>
        <translation>Your &amp;role</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="207"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="210"/>
        <source>&amp;Herhaal</source>
        <translation>Con&amp;firm</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="214"/>
        <source>De opslag komt in: %1</source>
        <translation>The store will be created in: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="46"/>
        <source>Sterkte: %1. %2</source>
        <translation>Strength: %1. %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="49"/>
        <source>De herhaling is nog niet gelijk.</source>
        <translation>The passphrases do not match yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="238"/>
        <source>Bezig met aanmaken…</source>
        <translation>Creating…</translation>
    </message>
</context>
<context>
    <name>Formulier</name>
    <message>
        <location filename="../desktop_app/gui/formveld.py" line="36"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/formveld.py" line="37"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GeweigerdDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="339"/>
        <source>Wijzigingen niet geaccepteerd door de server</source>
        <translation>Changes not accepted by the server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="341"/>
        <source>Niet (meer) in uw caseload of groep</source>
        <translation>Not (or no longer) in your caseload or group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="342"/>
        <source>Niet toegestaan voor uw rol</source>
        <translation>Not allowed for your role</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="343"/>
        <source>Veldnaam niet geldig</source>
        <translation>Field name not valid</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="344"/>
        <source>Waarde niet geldig</source>
        <translation>Value not valid</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="345"/>
        <source>Soort gegevens onbekend bij de server</source>
        <translation>Kind of record unknown to the server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="346"/>
        <source>Wijziging onvolledig</source>
        <translation>Change incomplete</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="347"/>
        <source>Te groot om te versturen</source>
        <translation>Too large to send</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="349"/>
        <source>De server heeft deze wijzigingen niet overgenomen; de reden staat erbij. Ze staan nog op dit apparaat. Kopieer ze om ze door te geven aan wie de gegevens nu beheert of aan de beheerder, of verwijder ze uit de wachtrij als ze niet meer nodig zijn.</source>
        <translation>The server did not take over these changes; the reason is given with each. They are still on this device. Copy them to pass them on to whoever manages the data now or to the administrator, or remove them from the queue if they are no longer needed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="355"/>
        <source>Gegevens</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="355"/>
        <source>Velden en waarden</source>
        <translation>Fields and values</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="355"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="356"/>
        <source>Gewijzigd op</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="357"/>
        <source>Niet geaccepteerde wijzigingen</source>
        <translation>Changes not accepted</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="373"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="376"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="377"/>
        <source>Gekozen wijziging kopiëren naar het klembord</source>
        <translation>Copy the selected change to the clipboard</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="378"/>
        <location filename="../desktop_app/gui/sync_view.py" line="432"/>
        <source>&amp;Verwijderen uit de wachtrij</source>
        <translation>&amp;Remove from the queue</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="379"/>
        <source>Gekozen wijziging verwijderen uit de wachtrij</source>
        <translation>Remove the selected change from the queue</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="380"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="398"/>
        <source>(verwijderd)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="414"/>
        <source>Er zijn geen niet geaccepteerde wijzigingen meer.</source>
        <translation>There are no unaccepted changes left.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="442"/>
        <source>De wijziging staat op het klembord (als tekst); plak hem bijvoorbeeld in een bericht aan de nieuwe klantmanager.</source>
        <translation>The change is on the clipboard (as text); paste it, for example, into a message to the new case manager.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="452"/>
        <source>&amp;Ja, definitief verwijderen</source>
        <translation>&amp;Yes, remove permanently</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="453"/>
        <source>Weet u het zeker? De wijziging gaat dan niet meer naar de server. De gegevens op dit apparaat blijven zoals ze zijn. Klik nogmaals om te bevestigen.</source>
        <translation>Are you sure? The change will then no longer go to the server. The data on this device stays as it is. Click again to confirm.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="460"/>
        <source>De wijziging is uit de wachtrij verwijderd.</source>
        <translation>The change has been removed from the queue.</translation>
    </message>
</context>
<context>
    <name>GroepPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="33"/>
        <source>Gebruikersnamen, gescheiden door komma&apos;s</source>
        <translation>User names, separated by commas</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="43"/>
        <source> (nog niet gevalideerd)</source>
        <translation> (not yet validated)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="44"/>
        <source>Groep &amp;opslaan</source>
        <translation>&amp;Save group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="49"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="50"/>
        <source>&amp;Docent(en):</source>
        <translation>&amp;Teacher(s):</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="51"/>
        <source>&amp;Startdatum:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="52"/>
        <source>Lesdagen:</source>
        <translation>Lesson days:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="53"/>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="57"/>
        <source>Cursisten in de groep</source>
        <translation>Participants in the group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="59"/>
        <source>Inburgeraar om te plaatsen</source>
        <translation>Newcomer to place</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="62"/>
        <source>&amp;Plaatsen</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="66"/>
        <source>vanaf</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="69"/>
        <source>Cursisten</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="88"/>
        <source>Nieuwe groep: vul de gegevens in en sla op.</source>
        <translation>New group: fill in the details and save.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="113"/>
        <source>Niet opgeslagen:
%1</source>
        <translation>Not saved:
%1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="117"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="128"/>
        <source>Niet geplaatst: %1</source>
        <translation>Not placed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="131"/>
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
        <location filename="../desktop_app/gui/lock_screen.py" line="161"/>
        <source>Koers is al geopend</source>
        <translation>Koers is already open</translation>
    </message>
</context>
<context>
    <name>InburgeraarDialog</name>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="31"/>
        <source>Inburgeraar bewerken</source>
        <translation>Edit newcomer</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="31"/>
        <source>Nieuwe inburgeraar</source>
        <translation>New newcomer</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="50"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="99"/>
        <source>Deze wijziging was nog niet af toen Koers vergrendelde. Verbeter wat rood gemarkeerd is en sla op; Annuleren gooit haar weg.</source>
        <translation>This change was not finished when Koers locked. Correct what is marked red and save; Cancel throws it away.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="125"/>
        <source>Niet opgeslagen: verbeter de rood gemarkeerde velden.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="77"/>
        <source>Gelezen</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="96"/>
        <source>Levensdomeinen</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="102"/>
        <source>Samenvatting en afronding</source>
        <translation>Summary and completion</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="117"/>
        <source>Elke wijziging wordt meteen opgeslagen.</source>
        <translation>Every change is saved immediately.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="118"/>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="120"/>
        <location filename="../desktop_app/gui/intake_view.py" line="300"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="206"/>
        <source>Er staan geen verplichte vragen meer open.</source>
        <translation>No required questions are left open.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="227"/>
        <source>bijzonder</source>
        <translation>special</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="230"/>
        <source>Bijzondere persoonsgegevens</source>
        <translation>Special-category personal data</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="237"/>
        <source>Nog geen startklas-advies.</source>
        <translation>No starter class advice yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="239"/>
        <source>Trajectadvies startklas: %1</source>
        <translation>Starter class route advice: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="241"/>
        <source>Aangepast naar: %1 (%2)</source>
        <translation>Changed to: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="244"/>
        <source>Voorlopig advies: de observatie loopt nog.</source>
        <translation>Provisional advice: the observation is still in progress.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="246"/>
        <source>Totaalscore: %1</source>
        <translation>Total score: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="249"/>
        <source>Instrument: %1</source>
        <translation>Instrument: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="274"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="293"/>
        <source>Opgeslagen om %1: %2</source>
        <translation>Saved at %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="299"/>
        <source>Ongedaan maken: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="329"/>
        <source>Ongedaan maken lukte niet: %1</source>
        <translation>Undo failed: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="339"/>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="350"/>
        <source>Nog niet af te sluiten: vul eerst de punten hierboven in.</source>
        <translation>Cannot be closed yet: first complete the items above.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="354"/>
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
        <location filename="../desktop_app/gui/lock_screen.py" line="71"/>
        <source>Koers is vergrendeld</source>
        <translation>Koers is locked</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="72"/>
        <source>Voer uw wachtwoord in om de versleutelde gegevens op deze laptop te openen.</source>
        <translation>Enter your passphrase to open the encrypted data on this laptop.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="75"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="77"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="84"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="86"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="90"/>
        <source>&amp;Back-up terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="93"/>
        <source>Opslag: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="107"/>
        <source>Voer eerst uw wachtwoord in.</source>
        <translation>Enter your passphrase first.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="112"/>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="131"/>
        <source>Ontgrendel met uw wachtwoord.</source>
        <translation>Unlock with your passphrase.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="140"/>
        <source>Na meerdere mislukte pogingen wacht Koers steeds langer (nu %1 s).</source>
        <translation>After several failed attempts Koers waits longer each time (now %1 s).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="146"/>
        <source>Openen mislukte door een onverwachte fout (%1). Uw gegevens zijn niet gewijzigd.</source>
        <translation>Opening failed due to an unexpected error (%1). Your data has not been changed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="93"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="94"/>
        <source>&amp;Nieuwe inburgeraar…</source>
        <translation>&amp;New newcomer…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="96"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="97"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="98"/>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="99"/>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="104"/>
        <source>&amp;Instellingen…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="108"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="109"/>
        <source>&amp;Help bij dit scherm</source>
        <translation>&amp;Help for this screen</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="111"/>
        <source>&amp;Over Koers</source>
        <translation>&amp;About Koers</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="135"/>
        <source>Ingelogd als %1 (%2)</source>
        <translation>Logged in as %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="139"/>
        <source>Geen dagelijkse back-up gemaakt: %1</source>
        <translation>No daily backup made: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="220"/>
        <source>Onderdelen</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="227"/>
        <source>Inburgeraar</source>
        <translation>Newcomer</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="229"/>
        <source>Kies links een inburgeraar, of maak er een met Ctrl+N.</source>
        <translation>Select a newcomer on the left, or create one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="230"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="236"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="240"/>
        <source>Geen onderdelen beschikbaar voor deze rol.</source>
        <translation>No modules available for this role.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="261"/>
        <source>&amp;Startklas</source>
        <translation>&amp;Starter class</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="262"/>
        <source>S&amp;ynchroniseren</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="316"/>
        <source>Brede &amp;intake</source>
        <translation>Broad &amp;intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="317"/>
        <source>Concept &amp;PIP</source>
        <translation>Draft &amp;PIP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="318"/>
        <source>Af&amp;drukken</source>
        <translation>P&amp;rint</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="354"/>
        <source>&amp;Gegevens</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="401"/>
        <source>Wachtwoord gewijzigd; het oude wachtwoord opent niets meer.</source>
        <translation>Passphrase changed; the old passphrase opens nothing any more.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="439"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ObserverenPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="211"/>
        <source>Observatiemoment</source>
        <translation>Observation session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="216"/>
        <source>Datum van een nieuw moment</source>
        <translation>Date of a new session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="217"/>
        <source>Nieuw moment</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="219"/>
        <source>Alle cursisten</source>
        <translation>All participants</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="221"/>
        <source>Eén cursist:</source>
        <translation>One participant:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="223"/>
        <source>Cursist</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="229"/>
        <source>Moment:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="239"/>
        <source>Scoorrooster</source>
        <translation>Scoring grid</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="246"/>
        <source>Toetsen: cijfer = score en door · 0, N of - = niet geobserveerd · Delete = wissen · pijltjes = verplaatsen · Enter = volgende cursist · Alt+A = notitie bij aspect · Alt+M = notitie bij moment</source>
        <translation>Keys: digit = score and move on · 0, N or - = not observed · Delete = clear · arrows = move · Enter = next participant · Alt+A = note on aspect · Alt+M = note on session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="251"/>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="252"/>
        <source>Notitie bij deze cursist en dit aspect</source>
        <translation>Note on this participant and this aspect</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="255"/>
        <source>Notitie bij dit moment (de hele les)</source>
        <translation>Note on this session (the whole lesson)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="256"/>
        <source>Notitie bij dit moment</source>
        <translation>Note on this session</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="264"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="328"/>
        <source>Nog geen observatiemoment in deze groep: kies een datum en &apos;Nieuw moment&apos;.</source>
        <translation>No observation session in this group yet: choose a date and &apos;New session&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="355"/>
        <source>Niet aangemaakt: %1</source>
        <translation>Not created: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="366"/>
        <source>Die score bestaat niet: de schaal loopt van %1 tot %2.</source>
        <translation>That score does not exist: the scale runs from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="410"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="413"/>
        <source>Opgeslagen om %1.</source>
        <translation>Saved at %1.</translation>
    </message>
</context>
<context>
    <name>PipView</name>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="140"/>
        <source>Concept PIP (Plan Inburgering en Participatie)</source>
        <translation>Draft PIP (Integration and Participation Plan)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="154"/>
        <source>Het PIP staat niet op een docent-installatie.</source>
        <translation>The PIP is not available on a teacher installation.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="183"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="191"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="223"/>
        <source>1. Inburgering en leerroute</source>
        <translation>1. Integration and learning route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="224"/>
        <source>Leerroute</source>
        <translation>Learning route</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="226"/>
        <source>Herkomst</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="227"/>
        <source>Streefniveau</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="228"/>
        <source>Intensiteit</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="229"/>
        <source>Taalaanbieder</source>
        <translation>Language provider</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="230"/>
        <source>Argumentatie bij afwijking van de leerbaarheidstoets</source>
        <translation>Reasoning for deviating from the learnability test</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="231"/>
        <source>2. Participatie</source>
        <translation>2. Participation</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="232"/>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="233"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="234"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="235"/>
        <source>Uren participatie</source>
        <translation>Participation hours</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="236"/>
        <source>3. Ontzorgen</source>
        <translation>3. Financial relief (ontzorgen)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="237"/>
        <source>Financieel ontzorgen</source>
        <translation>Financial relief</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="238"/>
        <source>Vaste lasten</source>
        <translation>Fixed costs</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="239"/>
        <source>Aantal maanden (ten minste 6)</source>
        <translation>Number of months (at least 6)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="240"/>
        <source>4. Begeleiding</source>
        <translation>4. Support</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="241"/>
        <source>Maatschappelijke begeleiding</source>
        <translation>Social support</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="242"/>
        <source>Voortgangsgesprekken per jaar</source>
        <translation>Progress reviews per year</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="243"/>
        <source>Afspraken over begeleiding</source>
        <translation>Agreements on support</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="244"/>
        <source>Voorwaarden</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="245"/>
        <source>Kinderopvang nodig</source>
        <translation>Childcare needed</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="246"/>
        <source>Toelichting kinderopvang</source>
        <translation>Childcare details</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="247"/>
        <source>Reizen</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="248"/>
        <source>Overige voorwaarden</source>
        <translation>Other conditions</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="249"/>
        <source>Periode, voortgang en termijnen</source>
        <translation>Period, progress and deadlines</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="250"/>
        <source>PIP-dagtekening</source>
        <translation>PIP issue date</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="252"/>
        <source>Periode (inburgeringstermijn)</source>
        <translation>Period (integration term)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="254"/>
        <source>Voortgangsgesprekken gepland</source>
        <translation>Planned progress reviews</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="257"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="258"/>
        <source>Afspraken uit de brede intake</source>
        <translation>Agreements from the broad intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="263"/>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="281"/>
        <source>Opnieuw opstellen uit de intake</source>
        <translation>Redraft from the intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="282"/>
        <source>Concept PIP opstellen uit de brede intake</source>
        <translation>Draw up draft PIP from the broad intake</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="284"/>
        <source>Er is nog geen concept PIP. Stel het op uit de brede intake; daarna kunt u alles aanpassen.</source>
        <translation>There is no draft PIP yet. Draw it up from the broad intake; after that you can change everything.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="294"/>
        <source>handmatig</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="296"/>
        <location filename="../desktop_app/gui/pip_view.py" line="299"/>
        <source>volgt uit de PIP-dagtekening</source>
        <translation>follows from the PIP issue date</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="303"/>
        <source>Geen voorgestelde afspraken in de intake.</source>
        <translation>No proposed agreements in the intake.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="316"/>
        <source>Opnieuw opstellen</source>
        <translation>Redraft</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="317"/>
        <source>Het concept PIP opnieuw opstellen uit de intake? Uw aanpassingen worden overschreven (ze blijven in de audit-log).</source>
        <translation>Draw up the draft PIP again from the intake? Your changes will be overwritten (they remain in the audit log).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="334"/>
        <source>Concept PIP opgesteld en opgeslagen.</source>
        <translation>Draft PIP drawn up and saved.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="372"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="383"/>
        <source>Opgeslagen om %1.</source>
        <translation>Saved at %1.</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="53"/>
        <source>Wegwijzer (A4-boekje, vouwen)</source>
        <translation>Signpost booklet (A4, folded)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="55"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="62"/>
        <source>Er is geen drukwerk in de taal &apos;%1&apos; van deze inburgeraar; kies een andere taal.</source>
        <translation>There is no printed material in this newcomer&apos;s language (&apos;%1&apos;); choose another language.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="63"/>
        <source>Taal van het drukwerk</source>
        <translation>Language of the printed material</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="64"/>
        <source>Met Nederlands ernaast</source>
        <translation>With Dutch alongside</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="65"/>
        <source>Regel &apos;vertaling niet gecontroleerd&apos;</source>
        <translation>Footer &apos;translation not checked&apos;</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="67"/>
        <source>&amp;Afdrukken…</source>
        <translation>Prin&amp;t…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="68"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="76"/>
        <source>&amp;Document:</source>
        <translation>D&amp;ocument:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="76"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="145"/>
        <source>Voorbeeld wordt gemaakt…</source>
        <translation>Creating preview…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="160"/>
        <source>Let op:</source>
        <translation>Note:</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/gui/print_view.py" line="163"/>
        <source>%n pagina(&apos;s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="178"/>
        <source>Het drukwerk kon niet worden gemaakt (%1). Er is niets opgeslagen of afgedrukt.</source>
        <translation>The printed material could not be created (%1). Nothing was saved or printed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="201"/>
        <source>Pagina %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="212"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="213"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="227"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="228"/>
        <source>%1 kon niet worden geschreven: %2. Kies een andere map.</source>
        <translation>%1 could not be written: %2. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="232"/>
        <source>Opgeslagen als %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>RoosterTabel</name>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="151"/>
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
        <location filename="../desktop_app/gui/settings_dialog.py" line="40"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="50"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="53"/>
        <source>leeg: die van het systeem</source>
        <translation>empty: system setting</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="55"/>
        <source>leeg: het voorbeeld &apos;Gemeente Voorbeeld&apos;</source>
        <translation>empty: the example &apos;Gemeente Voorbeeld&apos;</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="57"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="58"/>
        <source>Hoog contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="64"/>
        <source>Taal van Koers</source>
        <translation>Koers language</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="64"/>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="65"/>
        <source>Centrale server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="65"/>
        <source>CA-certificaat (PEM)</source>
        <translation>CA certificate (PEM)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="66"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="66"/>
        <source>Gemeentegegevens (JSON)</source>
        <translation>Municipality details (JSON)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="67"/>
        <source>Voortgangsgesprek elke</source>
        <translation>Progress review every</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="68"/>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="77"/>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="78"/>
        <source>Kies bestand voor %1</source>
        <translation>Choose file for %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="85"/>
        <source>Een nieuwe taal of weergave geldt na het opnieuw starten van Koers.</source>
        <translation>A new language or display setting takes effect after restarting Koers.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="95"/>
        <source>Certificaten (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="95"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="96"/>
        <source>Kies bestand</source>
        <translation>Choose file</translation>
    </message>
</context>
<context>
    <name>StartklasView</name>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="141"/>
        <source>Startklasgroepen</source>
        <translation>Starter class groups</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="143"/>
        <source>Nieuwe &amp;groep</source>
        <translation>New &amp;group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="148"/>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="158"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="158"/>
        <source>Observeren</source>
        <translation>Observe</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="159"/>
        <source>Eindscore</source>
        <translation>Final score</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="159"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="160"/>
        <source>Trajectadvies</source>
        <translation>Route advice</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="60"/>
        <source>&amp;Bekijken…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="61"/>
        <source>Niet geaccepteerde wijzigingen bekijken</source>
        <translation>View changes not accepted</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="68"/>
        <source>Voortgang synchronisatie</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="72"/>
        <source>Melding synchronisatie</source>
        <translation>Sync message</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="74"/>
        <source>&amp;Synchroniseren</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="76"/>
        <source>&amp;Aanmelden bij de server…</source>
        <translation>&amp;Register with the server…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="95"/>
        <source>Aangemeld bij %1 als %2 (%3, %4).</source>
        <translation>Registered with %1 as %2 (%3, %4).</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="98"/>
        <source>Dit apparaat is nog niet aangemeld bij de centrale server. Vraag de beheerder om een aanmeldcode en kies &apos;Aanmelden bij de server&apos;.</source>
        <translation>This device is not yet registered with the central server. Ask the administrator for a registration code and choose &apos;Register with the server&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="100"/>
        <source>Laatst gesynchroniseerd: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="101"/>
        <source>Nog niet gesynchroniseerd.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="102"/>
        <source>Wijzigingen die nog verstuurd moeten worden: %1</source>
        <translation>Changes still to be sent: %1</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="104"/>
        <source>%1 wijzigingen niet geaccepteerd door de server</source>
        <translation>%1 change(s) not accepted by the server</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="108"/>
        <source>&amp;Conflicten oplossen (%1)…</source>
        <translation>Resolve con&amp;flicts (%1)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="113"/>
        <source>De beheerder heeft de toegang van dit apparaat ingetrokken. Uw gegevens op dit apparaat blijven bewaard. Meld het opnieuw aan met een nieuwe code.</source>
        <translation>The administrator has revoked this device&apos;s access. Your data on this device is kept. Register it again with a new code.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="132"/>
        <source>Bezig met synchroniseren… U kunt intussen gewoon doorwerken.</source>
        <translation>Syncing… You can keep working in the meantime.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="145"/>
        <source>Gesynchroniseerd: %1 verstuurd, %2 ontvangen.</source>
        <translation>Synced: %1 sent, %2 received.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="148"/>
        <source>%1 conflict(en): kies per veld welke waarde blijft.</source>
        <translation>%1 conflict(s): choose for each field which value is kept.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="151"/>
        <source>%1 wijziging(en) niet geaccepteerd door de server; ze zijn bewaard. Kies &apos;Bekijken&apos; voor de reden.</source>
        <translation>%1 change(s) not accepted by the server; they have been kept. Choose &apos;View&apos; for the reason.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="167"/>
        <source>Synchroniseren lukte niet (%1). Uw gegevens op dit apparaat blijven bewaard; probeer het later opnieuw.</source>
        <translation>Sync failed (%1). Your data on this device is kept; try again later.</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="175"/>
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
</TS>
