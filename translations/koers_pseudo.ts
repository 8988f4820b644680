<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop_app/gui/help.py" line="100" />
        <source>Over Koers</source>
        <translation>⟦Õvér Kõérš····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/help.py" line="94" />
        <source>Brede intake, startklas-observatie en welkomstpakket voor de Wet inburgering 2021.</source>
        <translation>⟦Brédé îñtàké, štàrtklàš-õbšérvàtîé éñ wélkõmštpàkkét võõr dé Wét îñbürgérîñg 2021.································⟧</translation>
    </message>
</context>
<context>
    <name>AdviesPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="39" />
        <source>Cursist</source>
        <translation>⟦Cüršîšt··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="55" />
        <source>Cursist:</source>
        <translation>⟦Cüršîšt:···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="66" />
        <source>Waarom dit advies</source>
        <translation>⟦Wààrõm dît àdvîéš······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="70" />
        <source>Leerbaarheidstoets</source>
        <translation>⟦Léérbààrhéîdštõétš·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="74" />
        <source>Consultant</source>
        <translation>⟦Cõñšültàñt····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="77" />
        <source>Waarom wijkt u af van de leerbaarheidstoets? (verplicht voordat het PIP definitief wordt)</source>
        <translation>⟦Wààrõm wîjkt ü àf vàñ dé léérbààrhéîdštõétš? (vérplîçht võõrdàt hét PÎP défîñîtîéf wõrdt)···································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="80" />
        <source>Argumentatie &amp;bewaren</source>
        <translation>⟦Àrgüméñtàtîé &amp;béwàréñ········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="83" />
        <source>(geen — het berekende advies geldt)</source>
        <translation>⟦(gééñ — hét bérékéñdé àdvîéš géldt)··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="87" />
        <source>Reden (verplicht; wordt vastgelegd)</source>
        <translation>⟦Rédéñ (vérplîçht; wõrdt vàštgélégd)··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="88" />
        <source>Advies &amp;overschrijven</source>
        <translation>⟦Àdvîéš &amp;õvéršçhrîjvéñ········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="90" />
        <source>Argumentatie:</source>
        <translation>⟦Àrgüméñtàtîé:·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="92" />
        <source>Andere route:</source>
        <translation>⟦Àñdéré rõüté:·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="93" />
        <source>Reden:</source>
        <translation>⟦Rédéñ:··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="98" />
        <source>Op deze installatie staat niets van de intake. Het advies rust op de observatie; de consultant vult het aan met de harde gegevens en de toets.</source>
        <translation>⟦Õp déžé îñštàllàtîé štààt ñîétš vàñ dé îñtàké. Hét àdvîéš rüšt õp dé õbšérvàtîé; dé çõñšültàñt vült hét ààñ mét dé hàrdé gégévéñš éñ dé tõétš.························································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="130" />
        <source>VOORLOPIG</source>
        <translation>⟦VÕÕRLÕPÎG···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="133" />
        <source>DEFINITIEF</source>
        <translation>⟦DÉFÎNÎTÎÉF····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="136" />
        <source>%1 — nog niet gevalideerd. Gebruik dit advies als onderbouwing, niet als uitkomst.</source>
        <translation>⟦%1 — ñõg ñîét gévàlîdéérd. Gébrüîk dît àdvîéš àlš õñdérbõüwîñg, ñîét àlš üîtkõmšt.································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="138" />
        <source>Totaalscore %1 · band: %2</source>
        <translation>⟦Tõtààlšçõré %1 · bàñd: %2········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="141" />
        <source>Ondersteuning: %1</source>
        <translation>⟦Õñdérštéüñîñg: %1······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="143" />
        <source>Argumentatie nodig voordat het PIP definitief wordt.</source>
        <translation>⟦Àrgüméñtàtîé ñõdîg võõrdàt hét PÎP défîñîtîéf wõrdt.····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="167" />
        <source>Argumentatie bewaard.</source>
        <translation>⟦Àrgüméñtàtîé béwààrd.········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="178" />
        <source>Niet overschreven: %1</source>
        <translation>⟦Nîét õvéršçhrévéñ: %1·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/advies.py" line="181" />
        <source>Vastgelegd.</source>
        <translation>⟦Vàštgélégd.····⟧</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop_app/gui/app.py" line="46" />
        <source>Instellingen</source>
        <translation>⟦Îñštéllîñgéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="47" />
        <source>Niet alle instellingen konden worden gebruikt; voor deze geldt de standaardwaarde:</source>
        <translation>⟦Nîét àllé îñštéllîñgéñ kõñdéñ wõrdéñ gébrüîkt; võõr déžé géldt dé štàñdààrdwààrdé:································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="50" />
        <source>Herstel ze via Bestand → Instellingen.</source>
        <translation>⟦Hérštél žé vîà Béštàñd → Îñštéllîñgéñ.···············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="68" />
        <source>Onverwachte fout</source>
        <translation>⟦Õñvérwàçhté fõüt······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/app.py" line="68" />
        <source>Er ging iets mis (%1). Wat u eerder invoerde is opgeslagen; de laatste handeling mogelijk niet. Meld dit met deze code aan de beheerder.</source>
        <translation>⟦Ér gîñg îétš mîš (%1). Wàt ü éérdér îñvõérdé îš õpgéšlàgéñ; dé lààtšté hàñdélîñg mõgélîjk ñîét. Méld dît mét déžé çõdé ààñ dé béhéérdér.·····················································⟧</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="36" />
        <source>%1: %2 (doel gemeente, uiterlijk %3)</source>
        <translation>⟦%1: %2 (dõél gémééñté, üîtérlîjk %3)············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="37" />
        <source>%1: %2 (uiterlijk %3)</source>
        <translation>⟦%1: %2 (üîtérlîjk %3)······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="60" />
        <source>Naam</source>
        <translation>⟦Nààm·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="61" />
        <source>Eigen schrift</source>
        <translation>⟦Éîgéñ šçhrîft·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="61" />
        <source>Doelgroep</source>
        <translation>⟦Dõélgrõép···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="62" />
        <source>Gemeente</source>
        <translation>⟦Gémééñté···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="62" />
        <source>Koppeling</source>
        <translation>⟦Kõppélîñg···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="60" />
        <source>Termijn</source>
        <translation>⟦Térmîjñ··⟧</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="151" />
        <source>Zoek op naam (elk schrift), V-nummer of gemeente  (Ctrl+F)</source>
        <translation>⟦Zõék õp ñààm (élk šçhrîft), V-ñümmér õf gémééñté  (Ctrl+F)·······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="153" />
        <source>Zoeken in caseload</source>
        <translation>⟦Zõékéñ îñ çàšélõàd·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/caseload.py" line="156" />
        <source>Caseload</source>
        <translation>⟦Càšélõàd···⟧</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="39" />
        <source>&amp;Bewerken…</source>
        <translation>⟦&amp;Béwérkéñ…····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="40" />
        <source>Gegevens bewerken</source>
        <translation>⟦Gégévéñš béwérkéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="46" />
        <source>Persoon</source>
        <translation>⟦Péršõõñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="57" />
        <source>Sleuteldatums</source>
        <translation>⟦Sléütéldàtümš·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="73" />
        <source>Termijnen</source>
        <translation>⟦Térmîjñéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="74" />
        <source>Termijn</source>
        <translation>⟦Térmîjñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="74" />
        <source>Vanaf</source>
        <translation>⟦Vàñàf··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="74" />
        <source>Uiterlijk</source>
        <translation>⟦Üîtérlîjk···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="75" />
        <source>Status</source>
        <translation>⟦Stàtüš··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="75" />
        <source>Gedaan</source>
        <translation>⟦Gédààñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="83" />
        <source>%1 (doel gemeente)</source>
        <translation>⟦%1 (dõél gémééñté)······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="97" />
        <source>Contactpersonen</source>
        <translation>⟦Cõñtàçtpéršõñéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="106" />
        <source>Nog geen contactpersonen vastgelegd.</source>
        <translation>⟦Nõg gééñ çõñtàçtpéršõñéñ vàštgélégd.··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/client_detail.py" line="113" />
        <source>&lt;b&gt;Termijnen&lt;/b&gt; (berekend uit de sleuteldatums)</source>
        <translation>⟦&lt;b&gt;Térmîjñéñ&lt;/b&gt; (bérékéñd üît dé šléütéldàtümš)················⟧</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="263" />
        <source>Conflict oplossen</source>
        <translation>⟦Cõñflîçt õplõššéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="268" />
        <source>%1 (%2): u en %3 deden tegelijk iets anders. Wat moet er blijven?</source>
        <translation>⟦%1 (%2): ü éñ %3 dédéñ tégélîjk îétš àñdérš. Wàt mõét ér blîjvéñ?·······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="270" />
        <source>%1 (%2), veld '%4': u en %3 wijzigden dit tegelijk. Welke waarde moet er blijven?</source>
        <translation>⟦%1 (%2), véld '%4': ü éñ %3 wîjžîgdéñ dît tégélîjk. Wélké wààrdé mõét ér blîjvéñ?·····························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="278" />
        <source>U verwijderde dit.</source>
        <translation>⟦Ü vérwîjdérdé dît.·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="279" />
        <source>U wijzigde: %1</source>
        <translation>⟦Ü wîjžîgdé: %1····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="280" />
        <source>Verwijderd.</source>
        <translation>⟦Vérwîjdérd.····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="280" />
        <source>Gewijzigd; bestaat nog.</source>
        <translation>⟦Géwîjžîgd; béštààt ñõg.·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="281" />
        <source>Uw waarde</source>
        <translation>⟦Üw wààrdé···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="282" />
        <source>Waarde van %1</source>
        <translation>⟦Wààrdé vàñ %1····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="294" />
        <source>Nieuwe waarde</source>
        <translation>⟦Nîéüwé wààrdé·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="298" />
        <source>&amp;Mijn waarde houden</source>
        <translation>⟦&amp;Mîjñ wààrdé hõüdéñ·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="299" />
        <source>&amp;Hun waarde houden</source>
        <translation>⟦&amp;Hüñ wààrdé hõüdéñ·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="300" />
        <source>&amp;Bewerken…</source>
        <translation>⟦&amp;Béwérkéñ…····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="301" />
        <source>&amp;Later</source>
        <translation>⟦&amp;Làtér··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="316" />
        <source>&amp;Opslaan</source>
        <translation>⟦&amp;Õpšlààñ···⟧</translation>
    </message>
</context>
<context>
    <name>Domein</name>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="8" />
        <source>Voornamen</source>
        <translation>⟦Võõrñàméñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="9" />
        <source>Achternaam</source>
        <translation>⟦Àçhtérñààm····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="10" />
        <source>Naam in eigen schrift</source>
        <translation>⟦Nààm îñ éîgéñ šçhrîft········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="11" />
        <source>Doelgroep</source>
        <translation>⟦Dõélgrõép···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="12" />
        <source>Gemeente</source>
        <translation>⟦Gémééñté···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="13" />
        <source>V-nummer</source>
        <translation>⟦V-ñümmér···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="14" />
        <source>BSN</source>
        <translation>⟦BSN·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="15" />
        <source>Taal</source>
        <translation>⟦Tààl·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="16" />
        <source>Telefoon</source>
        <translation>⟦Téléfõõñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="17" />
        <source>E-mail</source>
        <translation>⟦É-màîl··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="18" />
        <source>Adres</source>
        <translation>⟦Àdréš··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="19" />
        <source>Klantmanager</source>
        <translation>⟦Klàñtmàñàgér····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="20" />
        <source>Geboortedatum</source>
        <translation>⟦Gébõõrtédàtüm·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="21" />
        <source>Koppeling aan gemeente</source>
        <translation>⟦Kõppélîñg ààñ gémééñté········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="22" />
        <source>BRP-inschrijving</source>
        <translation>⟦BRP-îñšçhrîjvîñg······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="23" />
        <source>Start brede intake</source>
        <translation>⟦Stàrt brédé îñtàké·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="24" />
        <source>Leerbaarheidstoets afgenomen</source>
        <translation>⟦Léérbààrhéîdštõétš àfgéñõméñ···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="25" />
        <source>PIP-dagtekening</source>
        <translation>⟦PÎP-dàgtékéñîñg······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="26" />
        <source>Start financieel ontzorgen</source>
        <translation>⟦Stàrt fîñàñçîéél õñtžõrgéñ··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="27" />
        <source>Vestiging in gemeente</source>
        <translation>⟦Véštîgîñg îñ gémééñté········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="28" />
        <source>PVT ondertekend</source>
        <translation>⟦PVT õñdértékéñd······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="29" />
        <source>Laatste voortgangsgesprek</source>
        <translation>⟦Lààtšté võõrtgàñgšgéšprék··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="30" />
        <source>Voortgangsgesprekken per jaar</source>
        <translation>⟦Võõrtgàñgšgéšprékkéñ pér jààr···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="31" />
        <source>Inburgeringsplicht voldaan</source>
        <translation>⟦Îñbürgérîñgšplîçht võldààñ··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="32" />
        <source>Ontheffing inburgeringsplicht</source>
        <translation>⟦Õñthéffîñg îñbürgérîñgšplîçht···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="33" />
        <source>Termijn verlengd tot</source>
        <translation>⟦Térmîjñ vérléñgd tõt········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="34" />
        <source>Omvang ontheffing</source>
        <translation>⟦Õmvàñg õñthéffîñg······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="35" />
        <source>Grond ontheffing</source>
        <translation>⟦Grõñd õñthéffîñg······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="36" />
        <source>Ontheffing voor onderdelen</source>
        <translation>⟦Õñthéffîñg võõr õñdérdéléñ··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="37" />
        <source>Volledig</source>
        <translation>⟦Võllédîg···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="38" />
        <source>Gedeeltelijk</source>
        <translation>⟦Gédééltélîjk····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="39" />
        <source>Medische gronden (art. 5 lid 1)</source>
        <translation>⟦Médîšçhé grõñdéñ (àrt. 5 lîd 1)············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="40" />
        <source>Bijzondere individuele omstandigheden (art. 5 lid 2)</source>
        <translation>⟦Bîjžõñdéré îñdîvîdüélé õmštàñdîghédéñ (àrt. 5 lîd 2)····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="41" />
        <source>Asielstatushouder</source>
        <translation>⟦Àšîélštàtüšhõüdér······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="42" />
        <source>Nareiziger</source>
        <translation>⟦Nàréîžîgér····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="43" />
        <source>Gezinsmigrant</source>
        <translation>⟦Géžîñšmîgràñt·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="44" />
        <source>Overige migrant</source>
        <translation>⟦Õvérîgé mîgràñt······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="45" />
        <source>Maatschappelijk begeleider</source>
        <translation>⟦Mààtšçhàppélîjk bégéléîdér··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="46" />
        <source>Taalschool</source>
        <translation>⟦Tààlšçhõõl····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="47" />
        <source>Participatiepartner</source>
        <translation>⟦Pàrtîçîpàtîépàrtñér·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="48" />
        <source>COA</source>
        <translation>⟦CÕÀ·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="49" />
        <source>Overig</source>
        <translation>⟦Õvérîg··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="50" />
        <source>open</source>
        <translation>⟦õpéñ·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="52" />
        <source>te laat</source>
        <translation>⟦té lààt··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="53" />
        <source>gereed</source>
        <translation>⟦gérééd··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="54" />
        <source>te laat gereed</source>
        <translation>⟦té lààt gérééd·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="55" />
        <source>verstreken</source>
        <translation>⟦vérštrékéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="56" />
        <source>niet van toepassing</source>
        <translation>⟦ñîét vàñ tõépàššîñg·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="57" />
        <source>vervallen</source>
        <translation>⟦vérvàlléñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="58" />
        <source>startdatum onbekend</source>
        <translation>⟦štàrtdàtüm õñbékéñd·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="59" />
        <source>Brede intake starten</source>
        <translation>⟦Brédé îñtàké štàrtéñ········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="60" />
        <source>Leerbaarheidstoets afnemen</source>
        <translation>⟦Léérbààrhéîdštõétš àfñéméñ··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="61" />
        <source>PIP vaststellen</source>
        <translation>⟦PÎP vàštštélléñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="65" />
        <source>Financieel ontzorgen: minimaal tot en met</source>
        <translation>⟦Fîñàñçîéél õñtžõrgéñ: mîñîmààl tõt éñ mét················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="91" />
        <source>Huur</source>
        <translation>⟦Hüür·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="92" />
        <source>Energie</source>
        <translation>⟦Éñérgîé··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="93" />
        <source>Water</source>
        <translation>⟦Wàtér··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="94" />
        <source>Zorgverzekering</source>
        <translation>⟦Zõrgvéržékérîñg······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="95" />
        <source>Gemeentelijke belastingen</source>
        <translation>⟦Gémééñtélîjké bélàštîñgéñ··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="96" />
        <source>Inboedelverzekering</source>
        <translation>⟦Îñbõédélvéržékérîñg·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="98" />
        <source>Argumentatie</source>
        <translation>⟦Àrgüméñtàtîé····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="99" />
        <source>Contactpersonen</source>
        <translation>⟦Cõñtàçtpéršõñéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="100" />
        <source>Cursist</source>
        <translation>⟦Cüršîšt··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="101" />
        <source>Datum</source>
        <translation>⟦Dàtüm··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="102" />
        <source>De brede intake</source>
        <translation>⟦Dé brédé îñtàké······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="103" />
        <source>Docenten</source>
        <translation>⟦Dõçéñtéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="104" />
        <source>Doelen</source>
        <translation>⟦Dõéléñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="105" />
        <source>Een inburgeraar toevoegen of bewerken</source>
        <translation>⟦Ééñ îñbürgérààr tõévõégéñ õf béwérkéñ··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="106" />
        <source>Einde periode</source>
        <translation>⟦Éîñdé pérîõdé·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="107" />
        <source>Groep</source>
        <translation>⟦Grõép··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="108" />
        <source>Het PIP</source>
        <translation>⟦Hét PÎP··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="109" />
        <source>Importeren</source>
        <translation>⟦Împõrtéréñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="110" />
        <source>Instellingen</source>
        <translation>⟦Îñštéllîñgéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="111" />
        <source>Instrument</source>
        <translation>⟦Îñštrüméñt····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="112" />
        <source>Leerroute</source>
        <translation>⟦Léérrõüté···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="113" />
        <source>Lesdagen</source>
        <translation>⟦Léšdàgéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="114" />
        <source>Logo</source>
        <translation>⟦Lõgõ·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="115" />
        <source>MAP</source>
        <translation>⟦MÀP·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="116" />
        <source>Naam</source>
        <translation>⟦Nààm·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="117" />
        <source>Ontzorgen</source>
        <translation>⟦Õñtžõrgéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="118" />
        <source>PIP</source>
        <translation>⟦PÎP·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="119" />
        <source>PVT</source>
        <translation>⟦PVT·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="120" />
        <source>Plaatsing</source>
        <translation>⟦Plààtšîñg···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="121" />
        <source>Reden</source>
        <translation>⟦Rédéñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="122" />
        <source>Reden wijziging</source>
        <translation>⟦Rédéñ wîjžîgîñg······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="123" />
        <source>Route</source>
        <translation>⟦Rõüté··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="124" />
        <source>Start periode</source>
        <translation>⟦Stàrt pérîõdé·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="125" />
        <source>Startdatum</source>
        <translation>⟦Stàrtdàtüm····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="126" />
        <source>Voortgangsgesprekken</source>
        <translation>⟦Võõrtgàñgšgéšprékkéñ········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="127" />
        <source>geen geldige JSON</source>
        <translation>⟦gééñ géldîgé JSÕN······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="51" />
        <source>binnenkort</source>
        <translation>⟦bîññéñkõrt····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="62" />
        <source>Einde inburgeringstermijn</source>
        <translation>⟦Éîñdé îñbürgérîñgštérmîjñ··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="63" />
        <source>Leerroute wijzigen kan tot</source>
        <translation>⟦Léérrõüté wîjžîgéñ kàñ tõt··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="64" />
        <source>Financieel ontzorgen: evaluatie na 3 maanden</source>
        <translation>⟦Fîñàñçîéél õñtžõrgéñ: évàlüàtîé ñà 3 mààñdéñ·················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="66" />
        <source>Volgend voortgangsgesprek</source>
        <translation>⟦Võlgéñd võõrtgàñgšgéšprék··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="67" />
        <source>PVT ondertekenen</source>
        <translation>⟦PVT õñdértékéñéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="68" />
        <source>nog leeg</source>
        <translation>⟦ñõg léég···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="69" />
        <source>bezig</source>
        <translation>⟦béžîg··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="70" />
        <source>vervolg nodig</source>
        <translation>⟦vérvõlg ñõdîg·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="71" />
        <source>compleet</source>
        <translation>⟦çõmpléét···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="72" />
        <source>controleer</source>
        <translation>⟦çõñtrõléér····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="73" />
        <source>besproken</source>
        <translation>⟦béšprõkéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="74" />
        <source>deels besproken</source>
        <translation>⟦déélš béšprõkéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="75" />
        <source>niet besproken</source>
        <translation>⟦ñîét béšprõkéñ·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="76" />
        <source>nog niet</source>
        <translation>⟦ñõg ñîét···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="77" />
        <source>maandag</source>
        <translation>⟦mààñdàg··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="78" />
        <source>dinsdag</source>
        <translation>⟦dîñšdàg··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="79" />
        <source>woensdag</source>
        <translation>⟦wõéñšdàg···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="80" />
        <source>donderdag</source>
        <translation>⟦dõñdérdàg···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="81" />
        <source>vrijdag</source>
        <translation>⟦vrîjdàg··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="82" />
        <source>zaterdag</source>
        <translation>⟦žàtérdàg···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="83" />
        <source>consultant</source>
        <translation>⟦çõñšültàñt····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="84" />
        <source>docent</source>
        <translation>⟦dõçéñt··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="85" />
        <source>beheerder</source>
        <translation>⟦béhéérdér···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="86" />
        <source>Z-route</source>
        <translation>⟦Z-rõüté··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="87" />
        <source>B1-route</source>
        <translation>⟦B1-rõüté···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="88" />
        <source>B1-route snel/intensief</source>
        <translation>⟦B1-rõüté šñél/îñtéñšîéf·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/domeinlabels.py" line="89" />
        <source>Onderwijsroute</source>
        <translation>⟦Õñdérwîjšrõüté·····⟧</translation>
    </message>
</context>
<context>
    <name>DomeinFormulier</name>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="156" />
        <source>Bijzondere persoonsgegevens</source>
        <translation>⟦Bîjžõñdéré péršõõñšgégévéñš··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="157" />
        <source>Gezondheidsgegevens (AVG art. 9): vraag alleen wat het plan nodig heeft. Ze worden apart opgeslagen en niet gedeeld waar de ontvanger ze niet nodig heeft.</source>
        <translation>⟦Géžõñdhéîdšgégévéñš (ÀVG àrt. 9): vrààg àllééñ wàt hét plàñ ñõdîg hééft. Zé wõrdéñ àpàrt õpgéšlàgéñ éñ ñîét gédééld wààr dé õñtvàñgér žé ñîét ñõdîg hééft.·····························································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="171" />
        <source>Gearchiveerde antwoorden (eerdere versie van het formulier):</source>
        <translation>⟦Géàrçhîvéérdé àñtwõõrdéñ (éérdéré véršîé vàñ hét fõrmülîér):························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="182" />
        <source>Afsluiting van dit domein</source>
        <translation>⟦Àfšlüîtîñg vàñ dît dõméîñ··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="224" />
        <source>Verplicht beantwoord: %1</source>
        <translation>⟦Vérplîçht béàñtwõõrd: %1········⟧</translation>
    </message>
</context>
<context>
    <name>EindscorePagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="57" />
        <source>Cursist</source>
        <translation>⟦Cüršîšt··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="60" />
        <source>Nr</source>
        <translation>⟦Nr·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="60" />
        <source>Aspect</source>
        <translation>⟦Àšpéçt··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="60" />
        <source>Voorstel</source>
        <translation>⟦Võõrštél···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="61" />
        <source>Eindscore</source>
        <translation>⟦Éîñdšçõré···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="65" />
        <source>Eindscores</source>
        <translation>⟦Éîñdšçõréš····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="67" />
        <source>Voorstel &amp;overnemen</source>
        <translation>⟦Võõrštél &amp;õvérñéméñ·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="69" />
        <source>Eindscores &amp;vaststellen</source>
        <translation>⟦Éîñdšçõréš &amp;vàštštélléñ·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="76" />
        <source>Cursist:</source>
        <translation>⟦Cüršîšt:···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="84" />
        <source>Het voorstel komt uit de observatiemomenten; recente momenten wegen zwaarder. Bevestig of wijzig elke score (cijfertoets), en stel daarna vast. Elke wijziging wordt vastgelegd.</source>
        <translation>⟦Hét võõrštél kõmt üît dé õbšérvàtîémõméñtéñ; réçéñté mõméñtéñ wégéñ žwààrdér. Bévéštîg õf wîjžîg élké šçõré (çîjfértõétš), éñ štél dààrñà vàšt. Élké wîjžîgîñg wõrdt vàštgélégd.······································································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="120" />
        <source>Vastgesteld door %1 op %2.</source>
        <translation>⟦Vàštgéštéld dõõr %1 õp %2.········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="139" />
        <source>Gewijzigd ten opzichte van het voorstel</source>
        <translation>⟦Géwîjžîgd téñ õpžîçhté vàñ hét võõrštél···············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="146" />
        <source>Totaal: %1 van %2 (%3 van %4 aspecten gescoord)</source>
        <translation>⟦Tõtààl: %1 vàñ %2 (%3 vàñ %4 àšpéçtéñ géšçõõrd)···············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="155" />
        <source>Nog niet vastgesteld.</source>
        <translation>⟦Nõg ñîét vàštgéštéld.········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/eindscore.py" line="172" />
        <source>Niet vastgesteld: %1</source>
        <translation>⟦Nîét vàštgéštéld: %1·······⟧</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="191" />
        <source>Aanmelden bij de centrale server</source>
        <translation>⟦Ààñméldéñ bîj dé çéñtràlé šérvér············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="193" />
        <source>Vul het adres van de server en de eenmalige aanmeldcode in die u van de beheerder kreeg.</source>
        <translation>⟦Vül hét àdréš vàñ dé šérvér éñ dé ééñmàlîgé ààñméldçõdé îñ dîé ü vàñ dé béhéérdér kréég.···································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="202" />
        <source>alleen bij een eigen PKI van de gemeente</source>
        <translation>⟦àllééñ bîj ééñ éîgéñ PKÎ vàñ dé gémééñté················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="203" />
        <source>Kies…</source>
        <translation>⟦Kîéš…··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="209" />
        <source>leeg: de instelling van het systeem</source>
        <translation>⟦léég: dé îñštéllîñg vàñ hét šýštéém··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="210" />
        <source>&amp;Server:</source>
        <translation>⟦&amp;Sérvér:···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="211" />
        <source>Aanmeld&amp;code:</source>
        <translation>⟦Ààñméld&amp;çõdé:·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="212" />
        <source>CA-&amp;bestand:</source>
        <translation>⟦CÀ-&amp;béštàñd:····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="215" />
        <source>&amp;Proxy:</source>
        <translation>⟦&amp;Prõxý:··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="222" />
        <source>&amp;Aanmelden</source>
        <translation>⟦&amp;Ààñméldéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="229" />
        <source>CA-bestand van de gemeente</source>
        <translation>⟦CÀ-béštàñd vàñ dé gémééñté··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="230" />
        <source>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</source>
        <translation>⟦Cértîfîçàtéñ (*.pém *.çrt *.çér);;Àllé béštàñdéñ (*)····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="237" />
        <source>Vul het adres van de server in, beginnend met https://.</source>
        <translation>⟦Vül hét àdréš vàñ dé šérvér îñ, bégîññéñd mét httpš://.······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="241" />
        <source>Vul de aanmeldcode in die u van de beheerder kreeg.</source>
        <translation>⟦Vül dé ààñméldçõdé îñ dîé ü vàñ dé béhéérdér kréég.····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="245" />
        <source>Bezig met aanmelden…</source>
        <translation>⟦Béžîg mét ààñméldéñ…········⟧</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="177" />
        <source>Welkom bij Koers</source>
        <translation>⟦Wélkõm bîj Kõérš······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="178" />
        <source>Koers bewaart alle gegevens versleuteld op deze laptop. Kies een wachtwoord dat u onthoudt: zonder dit wachtwoord is niets te lezen, ook niet door de beheerder. Vier losse woorden werken goed.</source>
        <translation>⟦Kõérš béwààrt àllé gégévéñš véršléütéld õp déžé làptõp. Kîéš ééñ wàçhtwõõrd dàt ü õñthõüdt: žõñdér dît wàçhtwõõrd îš ñîétš té léžéñ, õõk ñîét dõõr dé béhéérdér. Vîér lõššé wõõrdéñ wérkéñ gõéd.············································································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="181" />
        <source>Uw naam</source>
        <translation>⟦Üw ñààm··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="183" />
        <source>Uw rol</source>
        <translation>⟦Üw rõl··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="184" />
        <source>Klantmanager / consulent</source>
        <translation>⟦Klàñtmàñàgér / çõñšüléñt·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="185" />
        <source>Docent startklas</source>
        <translation>⟦Dõçéñt štàrtklàš······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="188" />
        <source>Nieuw wachtwoord</source>
        <translation>⟦Nîéüw wàçhtwõõrd······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="191" />
        <source>Herhaal wachtwoord</source>
        <translation>⟦Hérhààl wàçhtwõõrd·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="193" />
        <source>Sterkte van het wachtwoord</source>
        <translation>⟦Stérkté vàñ hét wàçhtwõõrd··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="197" />
        <source>Opslag &amp;aanmaken</source>
        <translation>⟦Õpšlàg &amp;ààñmàkéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="206" />
        <source>Uw &amp;naam</source>
        <translation>⟦Üw &amp;ñààm···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="207" />
        <source>Uw &amp;rol</source>
        <translation>⟦Üw &amp;rõl··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="208" />
        <source>&amp;Wachtwoord</source>
        <translation>⟦&amp;Wàçhtwõõrd····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="211" />
        <source>&amp;Herhaal</source>
        <translation>⟦&amp;Hérhààl···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="215" />
        <source>De opslag komt in: %1</source>
        <translation>⟦Dé õpšlàg kõmt îñ: %1·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="47" />
        <source>Sterkte: %1. %2</source>
        <translation>⟦Stérkté: %1. %2····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="50" />
        <source>De herhaling is nog niet gelijk.</source>
        <translation>⟦Dé hérhàlîñg îš ñõg ñîét gélîjk.············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="239" />
        <source>Bezig met aanmaken…</source>
        <translation>⟦Béžîg mét ààñmàkéñ…·······⟧</translation>
    </message>
</context>
<context>
    <name>Formulier</name>
    <message>
        <location filename="../desktop_app/gui/formveld.py" line="38" />
        <source>Opslaan</source>
        <translation>⟦Õpšlààñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/formveld.py" line="39" />
        <source>Annuleren</source>
        <translation>⟦Àññüléréñ···⟧</translation>
    </message>
</context>
<context>
    <name>GeweigerdDialog</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="334" />
        <source>Wijzigingen niet geaccepteerd door de server</source>
        <translation>⟦Wîjžîgîñgéñ ñîét géàççéptéérd dõõr dé šérvér·················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="336" />
        <source>Niet (meer) in uw caseload of groep</source>
        <translation>⟦Nîét (méér) îñ üw çàšélõàd õf grõép··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="337" />
        <source>Niet toegestaan voor uw rol</source>
        <translation>⟦Nîét tõégéštààñ võõr üw rõl··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="338" />
        <source>Veldnaam niet geldig</source>
        <translation>⟦Véldñààm ñîét géldîg········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="339" />
        <source>Waarde niet geldig</source>
        <translation>⟦Wààrdé ñîét géldîg·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="340" />
        <source>Soort gegevens onbekend bij de server</source>
        <translation>⟦Sõõrt gégévéñš õñbékéñd bîj dé šérvér··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="341" />
        <source>Wijziging onvolledig</source>
        <translation>⟦Wîjžîgîñg õñvõllédîg········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="342" />
        <source>Te groot om te versturen</source>
        <translation>⟦Té grõõt õm té vérštüréñ·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="344" />
        <source>De server heeft deze wijzigingen niet overgenomen; de reden staat erbij. Ze staan nog op dit apparaat. Kopieer ze om ze door te geven aan wie de gegevens nu beheert of aan de beheerder, of verwijder ze uit de wachtrij als ze niet meer nodig zijn.</source>
        <translation>⟦Dé šérvér hééft déžé wîjžîgîñgéñ ñîét õvérgéñõméñ; dé rédéñ štààt érbîj. Zé štààñ ñõg õp dît àppàrààt. Kõpîéér žé õm žé dõõr té gévéñ ààñ wîé dé gégévéñš ñü béhéért õf ààñ dé béhéérdér, õf vérwîjdér žé üît dé wàçhtrîj àlš žé ñîét méér ñõdîg žîjñ.··································································································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="350" />
        <source>Gegevens</source>
        <translation>⟦Gégévéñš···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="350" />
        <source>Velden en waarden</source>
        <translation>⟦Véldéñ éñ wààrdéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="350" />
        <source>Reden</source>
        <translation>⟦Rédéñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="351" />
        <source>Gewijzigd op</source>
        <translation>⟦Géwîjžîgd õp····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="352" />
        <source>Niet geaccepteerde wijzigingen</source>
        <translation>⟦Nîét géàççéptéérdé wîjžîgîñgéñ············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="368" />
        <source>Melding</source>
        <translation>⟦Méldîñg··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="371" />
        <source>&amp;Kopiëren</source>
        <translation>⟦&amp;Kõpîëréñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="372" />
        <source>Gekozen wijziging kopiëren naar het klembord</source>
        <translation>⟦Gékõžéñ wîjžîgîñg kõpîëréñ ñààr hét klémbõrd·················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="373" />
        <location filename="../desktop_app/gui/sync_view.py" line="423" />
        <source>&amp;Verwijderen uit de wachtrij</source>
        <translation>⟦&amp;Vérwîjdéréñ üît dé wàçhtrîj···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="374" />
        <source>Gekozen wijziging verwijderen uit de wachtrij</source>
        <translation>⟦Gékõžéñ wîjžîgîñg vérwîjdéréñ üît dé wàçhtrîj··················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="375" />
        <source>&amp;Sluiten</source>
        <translation>⟦&amp;Slüîtéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="393" />
        <source>(verwijderd)</source>
        <translation>⟦(vérwîjdérd)····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="409" />
        <source>Er zijn geen niet geaccepteerde wijzigingen meer.</source>
        <translation>⟦Ér žîjñ gééñ ñîét géàççéptéérdé wîjžîgîñgéñ méér.···················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="433" />
        <source>De wijziging staat op het klembord (als tekst); plak hem bijvoorbeeld in een bericht aan de nieuwe klantmanager.</source>
        <translation>⟦Dé wîjžîgîñg štààt õp hét klémbõrd (àlš tékšt); plàk hém bîjvõõrbééld îñ ééñ bérîçht ààñ dé ñîéüwé klàñtmàñàgér.············································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="443" />
        <source>&amp;Ja, definitief verwijderen</source>
        <translation>⟦&amp;Jà, défîñîtîéf vérwîjdéréñ··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="444" />
        <source>Weet u het zeker? De wijziging gaat dan niet meer naar de server. De gegevens op dit apparaat blijven zoals ze zijn. Klik nogmaals om te bevestigen.</source>
        <translation>⟦Wéét ü hét žékér? Dé wîjžîgîñg gààt dàñ ñîét méér ñààr dé šérvér. Dé gégévéñš õp dît àppàrààt blîjvéñ žõàlš žé žîjñ. Klîk ñõgmààlš õm té bévéštîgéñ.···························································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="451" />
        <source>De wijziging is uit de wachtrij verwijderd.</source>
        <translation>⟦Dé wîjžîgîñg îš üît dé wàçhtrîj vérwîjdérd.·················⟧</translation>
    </message>
</context>
<context>
    <name>GroepPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="34" />
        <source>Gebruikersnamen, gescheiden door komma's</source>
        <translation>⟦Gébrüîkéršñàméñ, géšçhéîdéñ dõõr kõmmà'š················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="44" />
        <source> (nog niet gevalideerd)</source>
        <translation>⟦ (ñõg ñîét gévàlîdéérd)·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="45" />
        <source>Groep &amp;opslaan</source>
        <translation>⟦Grõép &amp;õpšlààñ·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="50" />
        <source>&amp;Naam:</source>
        <translation>⟦&amp;Nààm:··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="51" />
        <source>&amp;Docent(en):</source>
        <translation>⟦&amp;Dõçéñt(éñ):····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="52" />
        <source>&amp;Startdatum:</source>
        <translation>⟦&amp;Stàrtdàtüm:····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="53" />
        <source>Lesdagen:</source>
        <translation>⟦Léšdàgéñ:···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="54" />
        <source>&amp;Instrument:</source>
        <translation>⟦&amp;Îñštrüméñt:····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="58" />
        <source>Cursisten in de groep</source>
        <translation>⟦Cüršîštéñ îñ dé grõép········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="60" />
        <source>Inburgeraar om te plaatsen</source>
        <translation>⟦Îñbürgérààr õm té plààtšéñ··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="63" />
        <source>&amp;Plaatsen</source>
        <translation>⟦&amp;Plààtšéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="67" />
        <source>vanaf</source>
        <translation>⟦vàñàf··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="70" />
        <source>Cursisten</source>
        <translation>⟦Cüršîštéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="89" />
        <source>Nieuwe groep: vul de gegevens in en sla op.</source>
        <translation>⟦Nîéüwé grõép: vül dé gégévéñš îñ éñ šlà õp.·················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="115" />
        <source>Niet opgeslagen:
%1</source>
        <translation>⟦Nîét õpgéšlàgéñ:
%1······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="119" />
        <source>Opgeslagen.</source>
        <translation>⟦Õpgéšlàgéñ.····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="131" />
        <source>Niet geplaatst: %1</source>
        <translation>⟦Nîét géplààtšt: %1······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="134" />
        <source>Geplaatst.</source>
        <translation>⟦Géplààtšt.····⟧</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../desktop_app/gui/help.py" line="57" />
        <source>Help</source>
        <translation>⟦Hélp·⟧</translation>
    </message>
</context>
<context>
    <name>HerhaalGroep</name>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="73" />
        <source>+ Rij toevoegen: %1</source>
        <translation>⟦+ Rîj tõévõégéñ: %1······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="109" />
        <source>Rij verwijderen</source>
        <translation>⟦Rîj vérwîjdéréñ······⟧</translation>
    </message>
</context>
<context>
    <name>HerstelDialog</name>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="20" />
        <source>Back-up terugzetten</source>
        <translation>⟦Bàçk-üp térügžéttéñ·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="21" />
        <source>Kies een back-up. Wat er nu staat, wordt niet weggegooid maar apart bewaard als back-up 'voor-herstel', die u net zo kunt terugzetten.</source>
        <translation>⟦Kîéš ééñ bàçk-üp. Wàt ér ñü štààt, wõrdt ñîét wéggégõõîd mààr àpàrt béwààrd àlš bàçk-üp 'võõr-hérštél', dîé ü ñét žõ küñt térügžéttéñ.·····················································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="25" />
        <source>Wachtwoord</source>
        <translation>⟦Wàçhtwõõrd····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="28" />
        <source>Back-ups</source>
        <translation>⟦Bàçk-üpš···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="37" />
        <source>Alleen het sleutelbestand (bij een beschadigd sleutelbestand; de gegevens blijven zoals ze zijn)</source>
        <translation>⟦Àllééñ hét šléütélbéštàñd (bîj ééñ béšçhàdîgd šléütélbéštàñd; dé gégévéñš blîjvéñ žõàlš žé žîjñ)······································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="39" />
        <source>Er zijn geen back-ups.</source>
        <translation>⟦Ér žîjñ gééñ bàçk-üpš.········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="44" />
        <source>&amp;Terugzetten</source>
        <translation>⟦&amp;Térügžéttéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="45" />
        <source>Annuleren</source>
        <translation>⟦Àññüléréñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="49" />
        <source>&amp;Wachtwoord</source>
        <translation>⟦&amp;Wàçhtwõõrd····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="64" />
        <source>dagelijkse back-up</source>
        <translation>⟦dàgélîjkšé bàçk-üp·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="66" />
        <source>vóór een update van Koers</source>
        <translation>⟦vóór ééñ üpdàté vàñ Kõérš··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="68" />
        <source>toestand vóór een eerder terugzetten</source>
        <translation>⟦tõéštàñd vóór ééñ éérdér térügžéttéñ··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="88" />
        <source>Inhoud: %1</source>
        <translation>⟦Îñhõüd: %1···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="94" />
        <source>Voer eerst uw wachtwoord in.</source>
        <translation>⟦Võér ééršt üw wàçhtwõõrd îñ.···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="97" />
        <source>Kies eerst een back-up.</source>
        <translation>⟦Kîéš ééršt ééñ bàçk-üp.·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="105" />
        <source>Sleutelbestand teruggezet uit de back-up van %1; de gegevens zijn niet veranderd.</source>
        <translation>⟦Sléütélbéštàñd térüggéžét üît dé bàçk-üp vàñ %1; dé gégévéñš žîjñ ñîét véràñdérd.·······························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="108" />
        <source>Back-up van %1 teruggezet (%2).</source>
        <translation>⟦Bàçk-üp vàñ %1 térüggéžét (%2).··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="112" />
        <source>De toestand van daarvoor staat apart in %1.</source>
        <translation>⟦Dé tõéštàñd vàñ dààrvõõr štààt àpàrt îñ %1.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/herstel_dialog.py" line="115" />
        <source>Bezig met terugzetten…</source>
        <translation>⟦Béžîg mét térügžéttéñ…········⟧</translation>
    </message>
</context>
<context>
    <name>InUseScreen</name>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="162" />
        <source>Koers is al geopend</source>
        <translation>⟦Kõérš îš àl géõpéñd·······⟧</translation>
    </message>
</context>
<context>
    <name>InburgeraarDialog</name>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="32" />
        <source>Inburgeraar bewerken</source>
        <translation>⟦Îñbürgérààr béwérkéñ········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="32" />
        <source>Nieuwe inburgeraar</source>
        <translation>⟦Nîéüwé îñbürgérààr·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="51" />
        <source>dd-mm-jjjj</source>
        <translation>⟦dd-mm-jjjj····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="61" />
        <source>bij gedeeltelijk, bijvoorbeeld: lezen en schrijven</source>
        <translation>⟦bîj gédééltélîjk, bîjvõõrbééld: léžéñ éñ šçhrîjvéñ····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="110" />
        <source>Deze wijziging was nog niet af toen Koers vergrendelde. Verbeter wat rood gemarkeerd is en sla op; Annuleren gooit haar weg.</source>
        <translation>⟦Déžé wîjžîgîñg wàš ñõg ñîét àf tõéñ Kõérš vérgréñdéldé. Vérbétér wàt rõõd gémàrkéérd îš éñ šlà õp; Àññüléréñ gõõît hààr wég.·················································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/inburgeraar_dialog.py" line="136" />
        <source>Niet opgeslagen: verbeter de rood gemarkeerde velden.</source>
        <translation>⟦Nîét õpgéšlàgéñ: vérbétér dé rõõd gémàrkéérdé véldéñ.·····················⟧</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="82" />
        <source>Gelezen</source>
        <translation>⟦Géléžéñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="100" />
        <source>Levensdomeinen</source>
        <translation>⟦Lévéñšdõméîñéñ·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="106" />
        <source>Samenvatting en afronding</source>
        <translation>⟦Sàméñvàttîñg éñ àfrõñdîñg··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="121" />
        <source>Elke wijziging wordt meteen opgeslagen.</source>
        <translation>⟦Élké wîjžîgîñg wõrdt métééñ õpgéšlàgéñ.···············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="122" />
        <source>Opslagstatus</source>
        <translation>⟦Õpšlàgštàtüš····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="124" />
        <location filename="../desktop_app/gui/intake_view.py" line="323" />
        <source>Ongedaan maken</source>
        <translation>⟦Õñgédààñ màkéñ·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="211" />
        <source>Er staan geen verplichte vragen meer open.</source>
        <translation>⟦Ér štààñ gééñ vérplîçhté vràgéñ méér õpéñ.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="232" />
        <source>bijzonder</source>
        <translation>⟦bîjžõñdér···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="235" />
        <source>Bijzondere persoonsgegevens</source>
        <translation>⟦Bîjžõñdéré péršõõñšgégévéñš··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="262" />
        <source>Nog geen startklas-advies.</source>
        <translation>⟦Nõg gééñ štàrtklàš-àdvîéš.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="264" />
        <source>Trajectadvies startklas: %1</source>
        <translation>⟦Tràjéçtàdvîéš štàrtklàš: %1··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="266" />
        <source>Aangepast naar: %1 (%2)</source>
        <translation>⟦Ààñgépàšt ñààr: %1 (%2)·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="269" />
        <source>Voorlopig advies: de observatie loopt nog.</source>
        <translation>⟦Võõrlõpîg àdvîéš: dé õbšérvàtîé lõõpt ñõg.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="271" />
        <source>Totaalscore: %1</source>
        <translation>⟦Tõtààlšçõré: %1·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="274" />
        <source>Instrument: %1</source>
        <translation>⟦Îñštrüméñt: %1····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="294" />
        <source>Niet opgeslagen: %1</source>
        <translation>⟦Nîét õpgéšlàgéñ: %1······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="316" />
        <source>Opgeslagen om %1: %2</source>
        <translation>⟦Õpgéšlàgéñ õm %1: %2······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="322" />
        <source>Ongedaan maken: %1</source>
        <translation>⟦Õñgédààñ màkéñ: %1······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="352" />
        <source>Ongedaan maken lukte niet: %1</source>
        <translation>⟦Õñgédààñ màkéñ lükté ñîét: %1··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="362" />
        <source>Ongedaan gemaakt: %1</source>
        <translation>⟦Õñgédààñ gémààkt: %1·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="373" />
        <source>Nog niet af te sluiten: vul eerst de punten hierboven in.</source>
        <translation>⟦Nõg ñîét àf té šlüîtéñ: vül ééršt dé püñtéñ hîérbõvéñ îñ.······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake_view.py" line="377" />
        <source>Formulierbestand met een fout (de laatste goede versie wordt gebruikt): %1</source>
        <translation>⟦Fõrmülîérbéštàñd mét ééñ fõüt (dé lààtšté gõédé véršîé wõrdt gébrüîkt): %1····························⟧</translation>
    </message>
</context>
<context>
    <name>KeuzeEditor</name>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="146" />
        <source>— kies —</source>
        <translation>⟦— kîéš —···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="148" />
        <source>Ja</source>
        <translation>⟦Jà·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="149" />
        <source>Nee</source>
        <translation>⟦Néé·⟧</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="72" />
        <source>Koers is vergrendeld</source>
        <translation>⟦Kõérš îš vérgréñdéld········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="73" />
        <source>Voer uw wachtwoord in om de versleutelde gegevens op deze laptop te openen.</source>
        <translation>⟦Võér üw wàçhtwõõrd îñ õm dé véršléütéldé gégévéñš õp déžé làptõp té õpéñéñ.······························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="76" />
        <source>Wachtwoord</source>
        <translation>⟦Wàçhtwõõrd····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="78" />
        <source>&amp;Ontgrendelen</source>
        <translation>⟦&amp;Õñtgréñdéléñ·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="85" />
        <source>Melding</source>
        <translation>⟦Méldîñg··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="87" />
        <source>&amp;Wachtwoord</source>
        <translation>⟦&amp;Wàçhtwõõrd····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="91" />
        <source>&amp;Back-up terugzetten…</source>
        <translation>⟦&amp;Bàçk-üp térügžéttéñ…········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="94" />
        <source>Opslag: %1</source>
        <translation>⟦Õpšlàg: %1···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="108" />
        <source>Voer eerst uw wachtwoord in.</source>
        <translation>⟦Võér ééršt üw wàçhtwõõrd îñ.···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="113" />
        <source>Bezig met ontgrendelen…</source>
        <translation>⟦Béžîg mét õñtgréñdéléñ…·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="132" />
        <source>Ontgrendel met uw wachtwoord.</source>
        <translation>⟦Õñtgréñdél mét üw wàçhtwõõrd.···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="141" />
        <source>Na meerdere mislukte pogingen wacht Koers steeds langer (nu %1 s).</source>
        <translation>⟦Nà méérdéré mîšlükté põgîñgéñ wàçht Kõérš štéédš làñgér (ñü %1 š).·························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/lock_screen.py" line="147" />
        <source>Openen mislukte door een onverwachte fout (%1). Uw gegevens zijn niet gewijzigd.</source>
        <translation>⟦Õpéñéñ mîšlükté dõõr ééñ õñvérwàçhté fõüt (%1). Üw gégévéñš žîjñ ñîét géwîjžîgd.·······························⟧</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="100" />
        <source>&amp;Bestand</source>
        <translation>⟦&amp;Béštàñd···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="101" />
        <source>&amp;Nieuwe inburgeraar…</source>
        <translation>⟦&amp;Nîéüwé îñbürgérààr…········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="103" />
        <source>&amp;Zoeken</source>
        <translation>⟦&amp;Zõékéñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="104" />
        <source>&amp;Vergrendelen</source>
        <translation>⟦&amp;Vérgréñdéléñ·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="105" />
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>⟦&amp;Wàçhtwõõrd wîjžîgéñ…········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="106" />
        <source>&amp;Afsluiten</source>
        <translation>⟦&amp;Àfšlüîtéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="111" />
        <source>&amp;Instellingen…</source>
        <translation>⟦&amp;Îñštéllîñgéñ…·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="115" />
        <source>&amp;Help</source>
        <translation>⟦&amp;Hélp··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="116" />
        <source>&amp;Help bij dit scherm</source>
        <translation>⟦&amp;Hélp bîj dît šçhérm········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="118" />
        <source>&amp;Over Koers</source>
        <translation>⟦&amp;Õvér Kõérš····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="146" />
        <source>Ingelogd als %1 (%2)</source>
        <translation>⟦Îñgélõgd àlš %1 (%2)······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="150" />
        <source>Geen dagelijkse back-up gemaakt: %1</source>
        <translation>⟦Gééñ dàgélîjkšé bàçk-üp gémààkt: %1·············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="232" />
        <source>Onderdelen</source>
        <translation>⟦Õñdérdéléñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="239" />
        <source>Inburgeraar</source>
        <translation>⟦Îñbürgérààr····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="408" />
        <source>Kies links een inburgeraar, of maak er een met Ctrl+N.</source>
        <translation>⟦Kîéš lîñkš ééñ îñbürgérààr, õf mààk ér ééñ mét Ctrl+N.·····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="409" />
        <source>Gegevens</source>
        <translation>⟦Gégévéñš···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="247" />
        <source>&amp;Caseload</source>
        <translation>⟦&amp;Càšélõàd···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="251" />
        <source>Geen onderdelen beschikbaar voor deze rol.</source>
        <translation>⟦Gééñ õñdérdéléñ béšçhîkbààr võõr déžé rõl.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="270" />
        <source>&amp;Startklas</source>
        <translation>⟦&amp;Stàrtklàš····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="271" />
        <source>S&amp;ynchroniseren</source>
        <translation>⟦S&amp;ýñçhrõñîšéréñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="331" />
        <source>Brede &amp;intake</source>
        <translation>⟦Brédé &amp;îñtàké·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="332" />
        <source>&amp;PIP</source>
        <translation>⟦&amp;PÎP·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="333" />
        <source>Af&amp;drukken</source>
        <translation>⟦Àf&amp;drükkéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="387" />
        <location filename="../desktop_app/gui/main_window.py" line="398" />
        <source>&amp;Gegevens</source>
        <translation>⟦&amp;Gégévéñš···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="461" />
        <source>Wachtwoord gewijzigd; het oude wachtwoord opent niets meer.</source>
        <translation>⟦Wàçhtwõõrd géwîjžîgd; hét õüdé wàçhtwõõrd õpéñt ñîétš méér.·······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="497" />
        <source>Niet opgeslagen</source>
        <translation>⟦Nîét õpgéšlàgéñ······⟧</translation>
    </message>
</context>
<context>
    <name>Melding</name>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="14" />
        <source>'{aspect}' moet een score krijgen; dit instrument kent geen 'niet geobserveerd'.</source>
        <translation>⟦'{aspect}' mõét ééñ šçõré krîjgéñ; dît îñštrüméñt kéñt gééñ 'ñîét géõbšérvéérd'.····························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="15" />
        <source>'{dagen}' is geen lesdag; kies uit {keuzes}.</source>
        <translation>⟦'{dagen}' îš gééñ léšdàg; kîéš üît {keuzes}.···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="16" />
        <source>'{doelgroep}' bestaat niet; kies uit {keuzes}.</source>
        <translation>⟦'{doelgroep}' béštààt ñîét; kîéš üît {keuzes}.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="17" />
        <source>'{instrument}' is niet geïnstalleerd.</source>
        <translation>⟦'{instrument}' îš ñîét géïñštàlléérd.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="18" />
        <source>'{logo}' is geen PNG- of JPEG-bestand; kies een .png of .jpg.</source>
        <translation>⟦'{logo}' îš gééñ PNG- õf JPÉG-béštàñd; kîéš ééñ .pñg õf .jpg.······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="19" />
        <source>'{route}' bestaat niet; kies uit {keuzes}.</source>
        <translation>⟦'{route}' béštààt ñîét; kîéš üît {keuzes}.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="20" />
        <source>'{taal}' is niet beschikbaar; kies uit {keuzes}.</source>
        <translation>⟦'{taal}' îš ñîét béšçhîkbààr; kîéš üît {keuzes}.·············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="21" />
        <source>'{tekst}' is dubbelzinnig (dag/maand of maand/dag?); schrijf dag-maand-jaar met streepjes ({voorbeeld}) of jaar-maand-dag (1990-12-05).</source>
        <translation>⟦'{tekst}' îš dübbélžîññîg (dàg/mààñd õf mààñd/dàg?); šçhrîjf dàg-mààñd-jààr mét štréépjéš ({voorbeeld}) õf jààr-mààñd-dàg (1990-12-05).··············································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="22" />
        <source>'{tekst}' is geen datum; schrijf dag-maand-jaar, bijvoorbeeld 01-03-2026.</source>
        <translation>⟦'{tekst}' îš gééñ dàtüm; šçhrîjf dàg-mààñd-jààr, bîjvõõrbééld 01-03-2026.··························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="23" />
        <source>'{veld}' volgt uit het vaststellen en wordt niet met de hand gezet.</source>
        <translation>⟦'{veld}' võlgt üît hét vàštštélléñ éñ wõrdt ñîét mét dé hàñd géžét.························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="24" />
        <source>'{waarde}' is geen datum; schrijf dag-maand-jaar.</source>
        <translation>⟦'{waarde}' îš gééñ dàtüm; šçhrîjf dàg-mààñd-jààr.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="25" />
        <source>'{waarde}' is geen getal; vul een getal in.</source>
        <translation>⟦'{waarde}' îš gééñ gétàl; vül ééñ gétàl îñ.··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="26" />
        <source>'{waarde}' is geen van de keuzes; kies uit {keuzes}.</source>
        <translation>⟦'{waarde}' îš gééñ vàñ dé kéüžéš; kîéš üît {keuzes}.··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="27" />
        <source>Alleen een consultant kan het advies overschrijven.</source>
        <translation>⟦Àllééñ ééñ çõñšültàñt kàñ hét àdvîéš õvéršçhrîjvéñ.····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="28" />
        <source>Alleen een consultant schrijft de argumentatie.</source>
        <translation>⟦Àllééñ ééñ çõñšültàñt šçhrîjft dé àrgüméñtàtîé.··················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="29" />
        <source>alleen een vastgesteld PIP krijgt een nieuwe versie; dit is nog een concept.</source>
        <translation>⟦àllééñ ééñ vàštgéštéld PÎP krîjgt ééñ ñîéüwé véršîé; dît îš ñõg ééñ çõñçépt.······························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="30" />
        <source>aspect '{aspect}' staat niet in {instrument}.</source>
        <translation>⟦àšpéçt '{aspect}' štààt ñîét îñ {instrument}.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="31" />
        <source>beschrijf de Module Arbeidsmarkt en Participatie (of waarom die vervalt).</source>
        <translation>⟦béšçhrîjf dé Mõdülé Àrbéîdšmàrkt éñ Pàrtîçîpàtîé (õf wààrõm dîé vérvàlt).·····························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="32" />
        <source>beschrijf het participatieverklaringstraject.</source>
        <translation>⟦béšçhrîjf hét pàrtîçîpàtîévérklàrîñgštràjéçt.··················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="33" />
        <source>bevat een onzichtbaar stuurteken of regeleinde ({teken}); verwijder het en typ de tekst opnieuw.</source>
        <translation>⟦bévàt ééñ õñžîçhtbààr štüürtékéñ õf régéléîñdé ({teken}); vérwîjdér hét éñ týp dé tékšt õpñîéüw.···································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="34" />
        <source>Concept-PIP: {fout}</source>
        <translation>⟦Cõñçépt-PÎP: {fout}·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="35" />
        <source>cursist {cursist} zat op {datum} niet in groep '{groep}'.</source>
        <translation>⟦çüršîšt {cursist} žàt õp {datum} ñîét îñ grõép '{groep}'.·············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="36" />
        <source>de einddatum ligt voor de begindatum.</source>
        <translation>⟦dé éîñddàtüm lîgt võõr dé bégîñdàtüm.··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="37" />
        <source>de groep van dit moment bestaat niet (meer).</source>
        <translation>⟦dé grõép vàñ dît mõméñt béštààt ñîét (méér).·················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="38" />
        <source>de leerroute wijkt af van de leerbaarheidstoets; schrijf op waarom (het PIP is een beschikking).</source>
        <translation>⟦dé léérrõüté wîjkt àf vàñ dé léérbààrhéîdštõétš; šçhrîjf õp wààrõm (hét PÎP îš ééñ béšçhîkkîñg).······································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="39" />
        <source>De vertaling in '{taal}' is niet door een moedertaalspreker gecontroleerd ({aantal} teksten).</source>
        <translation>⟦Dé vértàlîñg îñ '{taal}' îš ñîét dõõr ééñ mõédértààlšprékér géçõñtrõléérd ({aantal} tékštéñ).·······························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="40" />
        <source>deze cursist zit al in groep '{groep}' (vanaf {van}, tot {tot}). Een cursist zit in één groep tegelijk: beëindig eerst die plaatsing.</source>
        <translation>⟦déžé çüršîšt žît àl îñ grõép '{groep}' (vàñàf {van}, tõt {tot}). Ééñ çüršîšt žît îñ ééñ grõép tégélîjk: béëîñdîg ééršt dîé plààtšîñg.··············································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="41" />
        <source>deze cursist zit al in groep '{groep}' (vanaf {van}, zonder einddatum). Een cursist zit in één groep tegelijk: beëindig eerst die plaatsing.</source>
        <translation>⟦déžé çüršîšt žît àl îñ grõép '{groep}' (vàñàf {van}, žõñdér éîñddàtüm). Ééñ çüršîšt žît îñ ééñ grõép tégélîjk: béëîñdîg ééršt dîé plààtšîñg.···················································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="42" />
        <source>deze groep bestaat niet (meer).</source>
        <translation>⟦déžé grõép béštààt ñîét (méér).············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="43" />
        <source>Deze groep heeft {aantal} cursisten; een startklas is bedoeld voor ten hoogste {max}. Observeren wordt dan minder nauwkeurig.</source>
        <translation>⟦Déžé grõép hééft {aantal} çüršîštéñ; ééñ štàrtklàš îš bédõéld võõr téñ hõõgšté {max}. Õbšérvéréñ wõrdt dàñ mîñdér ñàüwkéürîg.············································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="44" />
        <source>Deze inburgeraar heeft nog geen contactpersonen; het drukwerk zegt dat ze nog volgen. Vul ze in bij de inburgeraar.</source>
        <translation>⟦Déžé îñbürgérààr hééft ñõg gééñ çõñtàçtpéršõñéñ; hét drükwérk žégt dàt žé ñõg võlgéñ. Vül žé îñ bîj dé îñbürgérààr.··············································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="45" />
        <source>dit veld toont alleen gegevens en kan niet ingevuld worden.</source>
        <translation>⟦dît véld tõõñt àllééñ gégévéñš éñ kàñ ñîét îñgévüld wõrdéñ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="46" />
        <source>duurt ten minste 6 maanden (seeds 002, 004); vul 6 of meer in.</source>
        <translation>⟦düürt téñ mîñšté 6 mààñdéñ (šéédš 002, 004); vül 6 õf méér îñ.························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="47" />
        <source>een verlenging verlengt de inburgeringstermijn, en die begint pas na de PIP-dagtekening; vul eerst de PIP-dagtekening in.</source>
        <translation>⟦ééñ vérléñgîñg vérléñgt dé îñbürgérîñgštérmîjñ, éñ dîé bégîñt pàš ñà dé PÎP-dàgtékéñîñg; vül ééršt dé PÎP-dàgtékéñîñg îñ.················································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="48" />
        <source>Er is geen drukwerk in de taal '{taal}' van {naam}; het is in het Nederlands gemaakt. Kies met --lang een andere taal.</source>
        <translation>⟦Ér îš gééñ drükwérk îñ dé tààl '{taal}' vàñ {naam}; hét îš îñ hét Nédérlàñdš gémààkt. Kîéš mét --làñg ééñ àñdéré tààl.··········································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="49" />
        <source>er is nog geen concept PIP; stel het eerst op uit de brede intake.</source>
        <translation>⟦ér îš ñõg gééñ çõñçépt PÎP; štél hét ééršt õp üît dé brédé îñtàké.··························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="50" />
        <source>geef de groep een naam, bijvoorbeeld 'Startklas Dalfsen najaar'.</source>
        <translation>⟦gééf dé grõép ééñ ñààm, bîjvõõrbééld 'Stàrtklàš Dàlfšéñ ñàjààr'.·························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="51" />
        <source>geef de termijn in 'weken' of in 'maanden': één geheel getal van 1 tot 60.</source>
        <translation>⟦gééf dé térmîjñ îñ 'wékéñ' õf îñ 'mààñdéñ': ééñ géhéél gétàl vàñ 1 tõt 60.·····························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="52" />
        <source>geeft een leeftijd boven 120 jaar; controleer het jaartal.</source>
        <translation>⟦gééft ééñ lééftîjd bõvéñ 120 jààr; çõñtrõléér hét jààrtàl.·······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="53" />
        <source>Gemeenteconfiguratie {pad} niet te lezen ({reden}); het drukwerk heeft geen gemeentegegevens. Kies een geldig bestand.</source>
        <translation>⟦Gémééñtéçõñfîgüràtîé {pad} ñîét té léžéñ ({reden}); hét drükwérk hééft gééñ gémééñtégégévéñš. Kîéš ééñ géldîg béštàñd.··········································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="54" />
        <source>Gemeenteconfiguratie: {fout}</source>
        <translation>⟦Gémééñtéçõñfîgüràtîé: {fout}········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="55" />
        <source>heeft 10 cijfers, dit zijn er {aantal}.</source>
        <translation>⟦hééft 10 çîjférš, dît žîjñ ér {aantal}.············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="56" />
        <source>heeft 9 cijfers, dit zijn er {aantal}.</source>
        <translation>⟦hééft 9 çîjférš, dît žîjñ ér {aantal}.············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="57" />
        <source>heeft een titel en tekst per taal nodig, met ten minste Nederlands ('nl').</source>
        <translation>⟦hééft ééñ tîtél éñ tékšt pér tààl ñõdîg, mét téñ mîñšté Nédérlàñdš ('ñl').·····························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="58" />
        <source>heeft geen naam; vul 'naam' in.</source>
        <translation>⟦hééft gééñ ñààm; vül 'ñààm' îñ.············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="59" />
        <source>het bestand bevat geen object met gegevens van de gemeente.</source>
        <translation>⟦hét béštàñd bévàt gééñ õbjéçt mét gégévéñš vàñ dé gémééñté.·······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="60" />
        <source>het bestand bevat geen object; het wordt opnieuw aangemaakt.</source>
        <translation>⟦hét béštàñd bévàt gééñ õbjéçt; hét wõrdt õpñîéüw ààñgémààkt.························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="61" />
        <source>het bestand {pad} bestaat niet; kies een bestaand bestand.</source>
        <translation>⟦hét béštàñd {pad} béštààt ñîét; kîéš ééñ béštààñd béštàñd.·····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="62" />
        <source>het instrument '{instrument}' van groep '{groep}' is niet geïnstalleerd; kies een ander instrument of zet het bestand in forms/observatie/.</source>
        <translation>⟦hét îñštrüméñt '{instrument}' vàñ grõép '{groep}' îš ñîét géïñštàlléérd; kîéš ééñ àñdér îñštrüméñt õf žét hét béštàñd îñ fõrmš/õbšérvàtîé/.················································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="63" />
        <source>is geen adres; schrijf bijvoorbeeld https://koers.gemeente.nl.</source>
        <translation>⟦îš gééñ àdréš; šçhrîjf bîjvõõrbééld httpš://kõérš.gémééñté.ñl.························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="64" />
        <source>is geen proxy-adres; schrijf bijvoorbeeld http://proxy.gemeente.nl:8080.</source>
        <translation>⟦îš gééñ prõxý-àdréš; šçhrîjf bîjvõõrbééld http://prõxý.gémééñté.ñl:8080.····························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="65" />
        <source>kan niet uit alleen nullen bestaan.</source>
        <translation>⟦kàñ ñîét üît àllééñ ñülléñ béštààñ.··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="66" />
        <source>kies alleen uit {keuzes}.</source>
        <translation>⟦kîéš àllééñ üît {keuzes}.······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="67" />
        <source>kies een cursist en een groep.</source>
        <translation>⟦kîéš ééñ çüršîšt éñ ééñ grõép.············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="68" />
        <source>kies een leerroute (bij eigen keuze: de geadviseerde route).</source>
        <translation>⟦kîéš ééñ léérrõüté (bîj éîgéñ kéüžé: dé géàdvîšéérdé rõüté).························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="69" />
        <source>kies een score van 1 (acuut probleem) tot en met 5 (volledig zelfredzaam).</source>
        <translation>⟦kîéš ééñ šçõré vàñ 1 (àçüüt prõbléém) tõt éñ mét 5 (võllédîg žélfrédžààm).·····························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="70" />
        <source>kies ja of nee.</source>
        <translation>⟦kîéš jà õf ñéé.······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="71" />
        <source>kies ten minste één lesdag.</source>
        <translation>⟦kîéš téñ mîñšté ééñ léšdàg.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="72" />
        <source>klopt niet (elfproef). Controleer de cijfers op het document.</source>
        <translation>⟦klõpt ñîét (élfprõéf). Cõñtrõléér dé çîjférš õp hét dõçüméñt.························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="73" />
        <source>ligt niet na het einde van de inburgeringstermijn ({einde}); een verlenging valt daarna.</source>
        <translation>⟦lîgt ñîét ñà hét éîñdé vàñ dé îñbürgérîñgštérmîjñ ({einde}); ééñ vérléñgîñg vàlt dààrñà.································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="74" />
        <source>vul de datum van het ontheffingsbesluit in, of maak omvang, grond en onderdelen leeg.</source>
        <translation>⟦vül dé dàtüm vàñ hét õñthéffîñgšbéšlüît îñ, õf mààk õmvàñg, grõñd éñ õñdérdéléñ léég.··································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="75" />
        <source>kies volledig of gedeeltelijk.</source>
        <translation>⟦kîéš võllédîg õf gédééltélîjk.············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="76" />
        <source>kies de grond van de ontheffing: medisch of bijzondere individuele omstandigheden.</source>
        <translation>⟦kîéš dé grõñd vàñ dé õñthéffîñg: médîšçh õf bîjžõñdéré îñdîvîdüélé õmštàñdîghédéñ.································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="77" />
        <source>een gedeeltelijke ontheffing bestaat alleen op medische gronden (Wet inburgering 2021 art. 5 lid 1); bij bijzondere omstandigheden is zij volledig.</source>
        <translation>⟦ééñ gédééltélîjké õñthéffîñg béštààt àllééñ õp médîšçhé grõñdéñ (Wét îñbürgérîñg 2021 àrt. 5 lîd 1); bîj bîjžõñdéré õmštàñdîghédéñ îš žîj võllédîg.··························································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="78" />
        <source>noem de onderdelen waarvoor de ontheffing geldt, bijvoorbeeld 'lezen en schrijven'.</source>
        <translation>⟦ñõém dé õñdérdéléñ wààrvõõr dé õñthéffîñg géldt, bîjvõõrbééld 'léžéñ éñ šçhrîjvéñ'.·································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="79" />
        <source>ligt voor de geboortedatum.</source>
        <translation>⟦lîgt võõr dé gébõõrtédàtüm.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="80" />
        <source>ligt voor de koppeling aan de gemeente; een PIP volgt op de koppeling. Controleer beide datums.</source>
        <translation>⟦lîgt võõr dé kõppélîñg ààñ dé gémééñté; ééñ PÎP võlgt õp dé kõppélîñg. Cõñtrõléér béîdé dàtümš.······································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="81" />
        <source>ligt voor de start van de periode.</source>
        <translation>⟦lîgt võõr dé štàrt vàñ dé pérîõdé.·············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="82" />
        <source>Logo {pad} is geen PNG- of JPEG-afbeelding; het drukwerk heeft geen logo. Kies een ander bestand.</source>
        <translation>⟦Lõgõ {pad} îš gééñ PNG- õf JPÉG-àfbééldîñg; hét drükwérk hééft gééñ lõgõ. Kîéš ééñ àñdér béštàñd.····································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="83" />
        <source>Logo {pad} niet te lezen ({reden}); het drukwerk heeft geen logo.</source>
        <translation>⟦Lõgõ {pad} ñîét té léžéñ ({reden}); hét drükwérk hééft gééñ lõgõ.·····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="84" />
        <source>mag alleen cijfers bevatten.</source>
        <translation>⟦màg àllééñ çîjférš bévàttéñ.···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="85" />
        <source>moet 1, 2, 3, 4, 6 of 12 maanden zijn (een vast aantal gesprekken per jaar).</source>
        <translation>⟦mõét 1, 2, 3, 4, 6 õf 12 mààñdéñ žîjñ (ééñ vàšt ààñtàl géšprékkéñ pér jààr).······························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="86" />
        <source>moet een geheel getal van 1 tot 12 zijn.</source>
        <translation>⟦mõét ééñ géhéél gétàl vàñ 1 tõt 12 žîjñ.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="87" />
        <source>moet een geheel getal zijn.</source>
        <translation>⟦mõét ééñ géhéél gétàl žîjñ.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="88" />
        <source>moet een getal zijn.</source>
        <translation>⟦mõét ééñ gétàl žîjñ.········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="89" />
        <source>moet een ja/nee-waarde (true of false) zijn.</source>
        <translation>⟦mõét ééñ jà/ñéé-wààrdé (trüé õf fàlšé) žîjñ.·················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="90" />
        <source>moet een lijst zijn, bijvoorbeeld {voorbeeld}.</source>
        <translation>⟦mõét ééñ lîjšt žîjñ, bîjvõõrbééld {voorbeeld}.··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="91" />
        <source>moet een lijst zijn.</source>
        <translation>⟦mõét ééñ lîjšt žîjñ.········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="92" />
        <source>moet een object zijn met 'stap' en 'weken' of 'maanden'.</source>
        <translation>⟦mõét ééñ õbjéçt žîjñ mét 'štàp' éñ 'wékéñ' õf 'mààñdéñ'.······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="93" />
        <source>moet een tekst zijn.</source>
        <translation>⟦mõét ééñ tékšt žîjñ.········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="94" />
        <source>moet met https:// beginnen: zonder TLS gaan persoonsgegevens onversleuteld over het netwerk.</source>
        <translation>⟦mõét mét httpš:// bégîññéñ: žõñdér TLS gààñ péršõõñšgégévéñš õñvéršléütéld õvér hét ñétwérk.····································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="95" />
        <source>moet tussen 1 en 60 minuten liggen.</source>
        <translation>⟦mõét tüššéñ 1 éñ 60 mîñütéñ lîggéñ.··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="96" />
        <source>noem ten minste één docent.</source>
        <translation>⟦ñõém téñ mîñšté ééñ dõçéñt.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="97" />
        <source>nog niet gekozen; kies een leerroute (de leerbaarheidstoets of het startklas-advies helpt).</source>
        <translation>⟦ñõg ñîét gékõžéñ; kîéš ééñ léérrõüté (dé léérbààrhéîdštõétš õf hét štàrtklàš-àdvîéš hélpt).····································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="98" />
        <source>onbekende instelling; bekend zijn: {bekend}.</source>
        <translation>⟦õñbékéñdé îñštéllîñg; békéñd žîjñ: {bekend}.··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="99" />
        <source>onbekende velden {velden}; gebruik stap, weken, maanden en bron.</source>
        <translation>⟦õñbékéñdé véldéñ {velden}; gébrüîk štàp, wékéñ, mààñdéñ éñ brõñ.······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="100" />
        <source>onbekende velden {velden}; gebruik {bekend}.</source>
        <translation>⟦õñbékéñdé véldéñ {velden}; gébrüîk {bekend}.···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="101" />
        <source>PIP versie {versie}: {fout}</source>
        <translation>⟦PÎP véršîé {versie}: {fout}·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="102" />
        <source>schrijf op waarom deze versie de vorige vervangt.</source>
        <translation>⟦šçhrîjf õp wààrõm déžé véršîé dé võrîgé vérvàñgt.···················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="103" />
        <source>schrijf op waarom er een nieuwe beschikking komt (bijvoorbeeld een andere leerroute).</source>
        <translation>⟦šçhrîjf õp wààrõm ér ééñ ñîéüwé béšçhîkkîñg kõmt (bîjvõõrbééld ééñ àñdéré léérrõüté).··································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="104" />
        <source>schrijf op waarom u van het advies afwijkt; dat is verplicht en wordt vastgelegd.</source>
        <translation>⟦šçhrîjf õp wààrõm ü vàñ hét àdvîéš àfwîjkt; dàt îš vérplîçht éñ wõrdt vàštgélégd.································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="105" />
        <source>stap '{stap}' bestaat niet; kies uit {keuzes}.</source>
        <translation>⟦štàp '{stap}' béštààt ñîét; kîéš üît {keuzes}.············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="106" />
        <source>Tekens zonder lettertype (worden als vakjes gedrukt): {tekens}</source>
        <translation>⟦Tékéñš žõñdér léttértýpé (wõrdéñ àlš vàkjéš gédrükt): {tekens}·····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="107" />
        <source>ten minste één per jaar.</source>
        <translation>⟦téñ mîñšté ééñ pér jààr.·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="108" />
        <source>versie {versie} is al vastgesteld; maak een nieuwe versie om iets te wijzigen.</source>
        <translation>⟦véršîé {versie} îš àl vàštgéštéld; mààk ééñ ñîéüwé véršîé õm îétš té wîjžîgéñ.····························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="109" />
        <source>versie {versie} is vastgesteld (een beschikking) en verandert niet meer. Kies 'Nieuwe versie' en schrijf de reden op; die versie stelt u daarna vast.</source>
        <translation>⟦véršîé {versie} îš vàštgéštéld (ééñ béšçhîkkîñg) éñ véràñdért ñîét méér. Kîéš 'Nîéüwé véršîé' éñ šçhrîjf dé rédéñ õp; dîé véršîé štélt ü dààrñà vàšt.························································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="110" />
        <source>verwacht een getal.</source>
        <translation>⟦vérwàçht ééñ gétàl.·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="111" />
        <source>verwacht een lijst van rijen.</source>
        <translation>⟦vérwàçht ééñ lîjšt vàñ rîjéñ.···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="112" />
        <source>verwacht tekst.</source>
        <translation>⟦vérwàçht tékšt.······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="113" />
        <source>vul de dagtekening van de beschikking in.</source>
        <translation>⟦vül dé dàgtékéñîñg vàñ dé béšçhîkkîñg îñ.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="114" />
        <source>vul de datum in vanaf wanneer de cursist in de groep zit.</source>
        <translation>⟦vül dé dàtüm îñ vàñàf wàññéér dé çüršîšt îñ dé grõép žît.······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="115" />
        <source>vul de datum van het observatiemoment in.</source>
        <translation>⟦vül dé dàtüm vàñ hét õbšérvàtîémõméñt îñ.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="116" />
        <source>vul de naam van de gemeente in (bijvoorbeeld 'Gemeente Huizen').</source>
        <translation>⟦vül dé ñààm vàñ dé gémééñté îñ (bîjvõõrbééld 'Gémééñté Hüîžéñ').·························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="117" />
        <source>vul de startdatum van de groep in.</source>
        <translation>⟦vül dé štàrtdàtüm vàñ dé grõép îñ.·············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="118" />
        <source>vul ten minste een voornaam of achternaam in.</source>
        <translation>⟦vül téñ mîñšté ééñ võõrñààm õf àçhtérñààm îñ.··················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="119" />
        <source>{aantal} tekst(en) ontbreken en staan er in het Nederlands: {namen}.</source>
        <translation>⟦{aantal} tékšt(éñ) õñtbrékéñ éñ štààñ ér îñ hét Nédérlàñdš: {namen}.·····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="120" />
        <source>{datum} ligt in de toekomst; observeer eerst, scoor daarna.</source>
        <translation>⟦{datum} lîgt îñ dé tõékõmšt; õbšérvéér ééršt, šçõõr dààrñà.····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="121" />
        <source>{datum} ligt in de toekomst; vul een datum in die al geweest is.</source>
        <translation>⟦{datum} lîgt îñ dé tõékõmšt; vül ééñ dàtüm îñ dîé àl géwééšt îš.······················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="122" />
        <source>{datum} ligt voor de koppeling aan de gemeente ({koppeling}); een PIP volgt op de koppeling. Controleer de datum.</source>
        <translation>⟦{datum} lîgt võõr dé kõppélîñg ààñ dé gémééñté ({koppeling}); ééñ PÎP võlgt õp dé kõppélîñg. Cõñtrõléér dé dàtüm.······································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="123" />
        <source>{datum} ligt voor de start van groep '{groep}' ({start}).</source>
        <translation>⟦{datum} lîgt võõr dé štàrt vàñ grõép '{groep}' ({start}).··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="124" />
        <source>{waarde} kan niet; vul een getal van {van} tot en met {tot} in.</source>
        <translation>⟦{waarde} kàñ ñîét; vül ééñ gétàl vàñ {van} tõt éñ mét {tot} îñ.··················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/meldingen.py" line="125" />
        <source>{wat} staat niet op een docent-installatie: die gegevens zijn alleen voor de klantmanager.</source>
        <translation>⟦{wat} štààt ñîét õp ééñ dõçéñt-îñštàllàtîé: dîé gégévéñš žîjñ àllééñ võõr dé klàñtmàñàgér.··································⟧</translation>
    </message>
</context>
<context>
    <name>ObserverenPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="214" />
        <source>Observatiemoment</source>
        <translation>⟦Õbšérvàtîémõméñt······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="219" />
        <source>Datum van een nieuw moment</source>
        <translation>⟦Dàtüm vàñ ééñ ñîéüw mõméñt··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="220" />
        <source>Nieuw moment</source>
        <translation>⟦Nîéüw mõméñt····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="222" />
        <source>Alle cursisten</source>
        <translation>⟦Àllé çüršîštéñ·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="224" />
        <source>Eén cursist:</source>
        <translation>⟦Ééñ çüršîšt:····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="226" />
        <source>Cursist</source>
        <translation>⟦Cüršîšt··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="232" />
        <source>Moment:</source>
        <translation>⟦Mõméñt:··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="242" />
        <source>Scoorrooster</source>
        <translation>⟦Sçõõrrõõštér····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="249" />
        <source>Toetsen: cijfer = score en door · 0, N of - = niet geobserveerd · Delete = wissen · pijltjes = verplaatsen · Enter = volgende cursist · Alt+A = notitie bij aspect · Alt+M = notitie bij moment</source>
        <translation>⟦Tõétšéñ: çîjfér = šçõré éñ dõõr · 0, N õf - = ñîét géõbšérvéérd · Délété = wîššéñ · pîjltjéš = vérplààtšéñ · Éñtér = võlgéñdé çüršîšt · Àlt+À = ñõtîtîé bîj àšpéçt · Àlt+M = ñõtîtîé bîj mõméñt············································································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="254" />
        <location filename="../desktop_app/gui/observatie/rooster.py" line="255" />
        <source>Notitie bij deze cursist en dit aspect</source>
        <translation>⟦Nõtîtîé bîj déžé çüršîšt éñ dît àšpéçt···············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="258" />
        <source>Notitie bij dit moment (de hele les)</source>
        <translation>⟦Nõtîtîé bîj dît mõméñt (dé hélé léš)··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="259" />
        <source>Notitie bij dit moment</source>
        <translation>⟦Nõtîtîé bîj dît mõméñt········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="267" />
        <source>Opslaan</source>
        <translation>⟦Õpšlààñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="331" />
        <source>Nog geen observatiemoment in deze groep: kies een datum en 'Nieuw moment'.</source>
        <translation>⟦Nõg gééñ õbšérvàtîémõméñt îñ déžé grõép: kîéš ééñ dàtüm éñ 'Nîéüw mõméñt'.·····························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="358" />
        <source>Niet aangemaakt: %1</source>
        <translation>⟦Nîét ààñgémààkt: %1······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="369" />
        <source>Die score bestaat niet: de schaal loopt van %1 tot %2.</source>
        <translation>⟦Dîé šçõré béštààt ñîét: dé šçhààl lõõpt vàñ %1 tõt %2.····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="413" />
        <source>Niet opgeslagen: %1</source>
        <translation>⟦Nîét õpgéšlàgéñ: %1······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="416" />
        <source>Opgeslagen om %1.</source>
        <translation>⟦Õpgéšlàgéñ õm %1.······⟧</translation>
    </message>
</context>
<context>
    <name>PipView</name>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="168" />
        <source>Het PIP staat niet op een docent-installatie.</source>
        <translation>⟦Hét PÎP štààt ñîét õp ééñ dõçéñt-îñštàllàtîé.··················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="141" />
        <source>PIP (Plan Inburgering en Participatie)</source>
        <translation>⟦PÎP (Plàñ Îñbürgérîñg éñ Pàrtîçîpàtîé)···············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="148" />
        <source>Versie van het PIP</source>
        <translation>⟦Véršîé vàñ hét PÎP·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="153" />
        <source>&amp;Vaststellen…</source>
        <translation>⟦&amp;Vàštštélléñ…·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="155" />
        <source>&amp;Nieuwe versie…</source>
        <translation>⟦&amp;Nîéüwé véršîé…······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="205" />
        <source>— kies —</source>
        <translation>⟦— kîéš —···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="237" />
        <source>1. Inburgering en leerroute</source>
        <translation>⟦1. Îñbürgérîñg éñ léérrõüté··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="238" />
        <source>Leerroute</source>
        <translation>⟦Léérrõüté···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="240" />
        <source>Herkomst</source>
        <translation>⟦Hérkõmšt···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="241" />
        <source>Streefniveau</source>
        <translation>⟦Strééfñîvéàü····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="242" />
        <source>Intensiteit</source>
        <translation>⟦Îñtéñšîtéît····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="243" />
        <source>Taalaanbieder</source>
        <translation>⟦Tààlààñbîédér·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="244" />
        <source>Argumentatie bij afwijking van de leerbaarheidstoets</source>
        <translation>⟦Àrgüméñtàtîé bîj àfwîjkîñg vàñ dé léérbààrhéîdštõétš····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="245" />
        <source>2. Participatie</source>
        <translation>⟦2. Pàrtîçîpàtîé······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="246" />
        <source>PVT</source>
        <translation>⟦PVT·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="247" />
        <source>MAP</source>
        <translation>⟦MÀP·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="248" />
        <source>Activiteiten</source>
        <translation>⟦Àçtîvîtéîtéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="249" />
        <source>Uren participatie</source>
        <translation>⟦Üréñ pàrtîçîpàtîé······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="250" />
        <source>3. Ontzorgen</source>
        <translation>⟦3. Õñtžõrgéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="251" />
        <source>Financieel ontzorgen</source>
        <translation>⟦Fîñàñçîéél õñtžõrgéñ········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="252" />
        <source>Vaste lasten</source>
        <translation>⟦Vàšté làštéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="253" />
        <source>Aantal maanden (ten minste 6)</source>
        <translation>⟦Ààñtàl mààñdéñ (téñ mîñšté 6)···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="254" />
        <source>4. Begeleiding</source>
        <translation>⟦4. Bégéléîdîñg·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="255" />
        <source>Maatschappelijke begeleiding</source>
        <translation>⟦Mààtšçhàppélîjké bégéléîdîñg···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="256" />
        <source>Voortgangsgesprekken per jaar</source>
        <translation>⟦Võõrtgàñgšgéšprékkéñ pér jààr···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="257" />
        <source>Afspraken over begeleiding</source>
        <translation>⟦Àfšpràkéñ õvér bégéléîdîñg··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="258" />
        <source>Voorwaarden</source>
        <translation>⟦Võõrwààrdéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="259" />
        <source>Kinderopvang nodig</source>
        <translation>⟦Kîñdérõpvàñg ñõdîg·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="260" />
        <source>Toelichting kinderopvang</source>
        <translation>⟦Tõélîçhtîñg kîñdérõpvàñg·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="261" />
        <source>Reizen</source>
        <translation>⟦Réîžéñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="262" />
        <source>Overige voorwaarden</source>
        <translation>⟦Õvérîgé võõrwààrdéñ·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="266" />
        <source>Gezin</source>
        <translation>⟦Géžîñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="267" />
        <source>Periode, voortgang en termijnen</source>
        <translation>⟦Pérîõdé, võõrtgàñg éñ térmîjñéñ············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="269" />
        <source>Periode (inburgeringstermijn)</source>
        <translation>⟦Pérîõdé (îñbürgérîñgštérmîjñ)···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="271" />
        <source>Voortgangsgesprekken gepland</source>
        <translation>⟦Võõrtgàñgšgéšprékkéñ géplàñd···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="274" />
        <source>Termijnen</source>
        <translation>⟦Térmîjñéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="275" />
        <source>Afspraken uit de brede intake</source>
        <translation>⟦Àfšpràkéñ üît dé brédé îñtàké···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="280" />
        <source>Toelichting</source>
        <translation>⟦Tõélîçhtîñg····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="305" />
        <source>Opnieuw opstellen uit de intake</source>
        <translation>⟦Õpñîéüw õpštélléñ üît dé îñtàké············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="306" />
        <source>Concept PIP opstellen uit de brede intake</source>
        <translation>⟦Cõñçépt PÎP õpštélléñ üît dé brédé îñtàké················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="309" />
        <source>Er is nog geen concept PIP. Stel het op uit de brede intake; daarna kunt u alles aanpassen.</source>
        <translation>⟦Ér îš ñõg gééñ çõñçépt PÎP. Stél hét õp üît dé brédé îñtàké; dààrñà küñt ü àlléš ààñpàššéñ.····································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="314" />
        <source>VASTGESTELD · versie %1 · dagtekening %2 · door %3</source>
        <translation>⟦VÀSTGÉSTÉLD · véršîé %1 · dàgtékéñîñg %2 · dõõr %3·················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="316" />
        <location filename="../desktop_app/gui/pip_view.py" line="321" />
        <source>Reden van deze versie: %1</source>
        <translation>⟦Rédéñ vàñ déžé véršîé: %1·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="320" />
        <source>CONCEPT · versie %1 · nog niet vastgesteld</source>
        <translation>⟦CÕNCÉPT · véršîé %1 · ñõg ñîét vàštgéštéld················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="334" />
        <source>Huidig PIP</source>
        <translation>⟦Hüîdîg PÎP····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="336" />
        <source>Versie %1, vastgesteld %2</source>
        <translation>⟦Véršîé %1, vàštgéštéld %2········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="349" />
        <source>handmatig</source>
        <translation>⟦hàñdmàtîg···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="351" />
        <location filename="../desktop_app/gui/pip_view.py" line="354" />
        <source>volgt uit de PIP-dagtekening</source>
        <translation>⟦võlgt üît dé PÎP-dàgtékéñîñg···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="359" />
        <source>Geen voorgestelde afspraken in de intake.</source>
        <translation>⟦Gééñ võõrgéštéldé àfšpràkéñ îñ dé îñtàké.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="371" />
        <source>geen PIP</source>
        <translation>⟦gééñ PÎP···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="371" />
        <source>PIP versie %1, %2</source>
        <translation>⟦PÎP véršîé %1, %2·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="372" />
        <source>vastgesteld</source>
        <translation>⟦vàštgéštéld····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="372" />
        <source>concept</source>
        <translation>⟦çõñçépt··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="373" />
        <source>Partner: %1 (eigen intake en PIP; %2)</source>
        <translation>⟦Pàrtñér: %1 (éîgéñ îñtàké éñ PÎP; %2)·············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="376" />
        <source>Kinderopvang nodig voor de partner: %1</source>
        <translation>⟦Kîñdérõpvàñg ñõdîg võõr dé pàrtñér: %1··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="377" />
        <source>ja</source>
        <translation>⟦jà·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="379" />
        <source>vve: aangemeld</source>
        <translation>⟦vvé: ààñgéméld·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="379" />
        <source>vve: nog aanmelden</source>
        <translation>⟦vvé: ñõg ààñméldéñ·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="380" />
        <source>vve: niet</source>
        <translation>⟦vvé: ñîét···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="383" />
        <source>Geen partner of kinderen vastgelegd in de intake.</source>
        <translation>⟦Gééñ pàrtñér õf kîñdéréñ vàštgélégd îñ dé îñtàké.···················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="398" />
        <source>Opnieuw opstellen</source>
        <translation>⟦Õpñîéüw õpštélléñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="399" />
        <source>Het concept PIP opnieuw opstellen uit de intake? Uw aanpassingen worden overschreven (ze blijven in de audit-log).</source>
        <translation>⟦Hét çõñçépt PÎP õpñîéüw õpštélléñ üît dé îñtàké? Üw ààñpàššîñgéñ wõrdéñ õvéršçhrévéñ (žé blîjvéñ îñ dé àüdît-lõg).·············································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="411" />
        <source>Concept PIP opgesteld en opgeslagen.</source>
        <translation>⟦Cõñçépt PÎP õpgéštéld éñ õpgéšlàgéñ.··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="427" />
        <source>Niet vastgesteld. Nog nodig:</source>
        <translation>⟦Nîét vàštgéštéld. Nõg ñõdîg:···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="433" />
        <source>Vastgesteld als beschikking (versie %1).</source>
        <translation>⟦Vàštgéštéld àlš béšçhîkkîñg (véršîé %1).···············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="439" />
        <source>Nieuwe versie van het PIP</source>
        <translation>⟦Nîéüwé véršîé vàñ hét PÎP··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="440" />
        <source>Een wijziging is een nieuwe beschikking. Waarom komt er een nieuwe versie (bijvoorbeeld: andere leerroute na de voortgangsgesprekken)?</source>
        <translation>⟦Ééñ wîjžîgîñg îš ééñ ñîéüwé béšçhîkkîñg. Wààrõm kõmt ér ééñ ñîéüwé véršîé (bîjvõõrbééld: àñdéré léérrõüté ñà dé võõrtgàñgšgéšprékkéñ)?·····················································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="447" />
        <source>Geen nieuwe versie: %1</source>
        <translation>⟦Gééñ ñîéüwé véršîé: %1········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="462" />
        <source>Niet opgeslagen: %1</source>
        <translation>⟦Nîét õpgéšlàgéñ: %1······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="468" />
        <source>Opgeslagen om %1.</source>
        <translation>⟦Õpgéšlàgéñ õm %1.······⟧</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="52" />
        <source>Wegwijzer (A4-boekje, vouwen)</source>
        <translation>⟦Wégwîjžér (À4-bõékjé, võüwéñ)···········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="52" />
        <source>Welkomstpakket</source>
        <translation>⟦Wélkõmštpàkkét·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="52" />
        <source>Wegwijzer (A5)</source>
        <translation>⟦Wégwîjžér (À5)·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="53" />
        <source>PIP</source>
        <translation>⟦PÎP·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="53" />
        <source>Observatieverslag startklas</source>
        <translation>⟦Õbšérvàtîévéršlàg štàrtklàš··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="56" />
        <source>Document</source>
        <translation>⟦Dõçüméñt···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="63" />
        <source>Er is geen drukwerk in de taal '%1' van deze inburgeraar; kies een andere taal.</source>
        <translation>⟦Ér îš gééñ drükwérk îñ dé tààl '%1' vàñ déžé îñbürgérààr; kîéš ééñ àñdéré tààl.······························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="64" />
        <source>Taal van het drukwerk</source>
        <translation>⟦Tààl vàñ hét drükwérk········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="66" />
        <source>Versie van het PIP</source>
        <translation>⟦Véršîé vàñ hét PÎP·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="67" />
        <source>Met Nederlands ernaast</source>
        <translation>⟦Mét Nédérlàñdš érñààšt········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="68" />
        <source>Regel 'vertaling niet gecontroleerd'</source>
        <translation>⟦Régél 'vértàlîñg ñîét géçõñtrõléérd'··············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="70" />
        <source>&amp;Afdrukken…</source>
        <translation>⟦&amp;Àfdrükkéñ…····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="71" />
        <source>Opslaan als &amp;PDF…</source>
        <translation>⟦Õpšlààñ àlš &amp;PDF…······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="79" />
        <source>&amp;Document:</source>
        <translation>⟦&amp;Dõçüméñt:····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="79" />
        <source>&amp;Taal:</source>
        <translation>⟦&amp;Tààl:··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="162" />
        <source>Voorbeeld wordt gemaakt…</source>
        <translation>⟦Võõrbééld wõrdt gémààkt…·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="173" />
        <source>Huidig PIP</source>
        <translation>⟦Hüîdîg PÎP····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="176" />
        <source>Versie %1 (%2)</source>
        <translation>⟦Véršîé %1 (%2)····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="190" />
        <source>Let op:</source>
        <translation>⟦Lét õp:··⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/gui/print_view.py" line="193" />
        <source>%n pagina('s).</source>
        <translation><numerusform>⟦%n pàgîñà('š).····⟧</numerusform><numerusform>⟦%n pàgîñà('š).····⟧</numerusform><numerusform>⟦%n pàgîñà('š).····⟧</numerusform><numerusform>⟦%n pàgîñà('š).····⟧</numerusform><numerusform>⟦%n pàgîñà('š).····⟧</numerusform><numerusform>⟦%n pàgîñà('š).····⟧</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="208" />
        <source>Het drukwerk kon niet worden gemaakt (%1). Er is niets opgeslagen of afgedrukt.</source>
        <translation>⟦Hét drükwérk kõñ ñîét wõrdéñ gémààkt (%1). Ér îš ñîétš õpgéšlàgéñ õf àfgédrükt.······························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="231" />
        <source>Pagina %1</source>
        <translation>⟦Pàgîñà %1··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="242" />
        <source>Opslaan als PDF</source>
        <translation>⟦Õpšlààñ àlš PDF······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="243" />
        <source>PDF-bestanden (*.pdf)</source>
        <translation>⟦PDF-béštàñdéñ (*.pdf)········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="257" />
        <source>Niet opgeslagen</source>
        <translation>⟦Nîét õpgéšlàgéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="258" />
        <source>%1 kon niet worden geschreven: %2. Kies een andere map.</source>
        <translation>⟦%1 kõñ ñîét wõrdéñ géšçhrévéñ: %2. Kîéš ééñ àñdéré màp.····················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/print_view.py" line="262" />
        <source>Opgeslagen als %1.</source>
        <translation>⟦Õpgéšlàgéñ àlš %1.······⟧</translation>
    </message>
</context>
<context>
    <name>RoosterTabel</name>
    <message>
        <location filename="../desktop_app/gui/observatie/rooster.py" line="153" />
        <source>Hoek van het rooster</source>
        <translation>⟦Hõék vàñ hét rõõštér········⟧</translation>
    </message>
</context>
<context>
    <name>SamenvattingWidget</name>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="29" />
        <source>Samenvatting en afronding</source>
        <translation>⟦Sàméñvàttîñg éñ àfrõñdîñg··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="43" />
        <source>Intake afsluiten</source>
        <translation>⟦Îñtàké àfšlüîtéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="66" />
        <source>bijzonder</source>
        <translation>⟦bîjžõñdér···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="73" />
        <source>Antwoorden op vragen die in de huidige versie van het formulier niet meer bestaan of niet meer passen. Ze gaan niet verloren.</source>
        <translation>⟦Àñtwõõrdéñ õp vràgéñ dîé îñ dé hüîdîgé véršîé vàñ hét fõrmülîér ñîét méér béštààñ õf ñîét méér pàššéñ. Zé gààñ ñîét vérlõréñ.··················································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="82" />
        <source>Intake afgesloten op %1.</source>
        <translation>⟦Îñtàké àfgéšlõtéñ õp %1.········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="84" />
        <source>Nog %1 punt(en) open voor afsluiten.</source>
        <translation>⟦Nõg %1 püñt(éñ) õpéñ võõr àfšlüîtéñ.·············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/intake/samenvatting.py" line="85" />
        <source>De intake kan worden afgesloten.</source>
        <translation>⟦Dé îñtàké kàñ wõrdéñ àfgéšlõtéñ.············⟧</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="41" />
        <source>Instellingen</source>
        <translation>⟦Îñštéllîñgéñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="51" />
        <source> min</source>
        <translation>⟦ mîñ·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="54" />
        <source>leeg: die van het systeem</source>
        <translation>⟦léég: dîé vàñ hét šýštéém··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="56" />
        <source>leeg: het voorbeeld 'Gemeente Voorbeeld'</source>
        <translation>⟦léég: hét võõrbééld 'Gémééñté Võõrbééld'················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="59" />
        <source>maand</source>
        <translation>⟦mààñd··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="59" />
        <source>%1 maanden</source>
        <translation>⟦%1 mààñdéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="62" />
        <source>Hoog contrast</source>
        <translation>⟦Hõõg çõñtràšt·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="68" />
        <source>Taal van Koers</source>
        <translation>⟦Tààl vàñ Kõérš·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="68" />
        <source>Vergrendelen na</source>
        <translation>⟦Vérgréñdéléñ ñà······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="69" />
        <source>Centrale server</source>
        <translation>⟦Céñtràlé šérvér······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="69" />
        <source>CA-certificaat (PEM)</source>
        <translation>⟦CÀ-çértîfîçààt (PÉM)········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="70" />
        <source>Proxy</source>
        <translation>⟦Prõxý··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="70" />
        <source>Gemeentegegevens (JSON)</source>
        <translation>⟦Gémééñtégégévéñš (JSÕN)·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="71" />
        <source>Voortgangsgesprek elke</source>
        <translation>⟦Võõrtgàñgšgéšprék élké········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="72" />
        <source>Weergave</source>
        <translation>⟦Wéérgàvé···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="81" />
        <source>Kies…</source>
        <translation>⟦Kîéš…··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="82" />
        <source>Kies bestand voor %1</source>
        <translation>⟦Kîéš béštàñd võõr %1·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="89" />
        <source>Een nieuwe taal of weergave geldt na het opnieuw starten van Koers.</source>
        <translation>⟦Ééñ ñîéüwé tààl õf wéérgàvé géldt ñà hét õpñîéüw štàrtéñ vàñ Kõérš.··························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="99" />
        <source>Certificaten (*.pem *.crt)</source>
        <translation>⟦Cértîfîçàtéñ (*.pém *.çrt)··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="99" />
        <source>JSON (*.json)</source>
        <translation>⟦JSÕN (*.jšõñ)·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/settings_dialog.py" line="100" />
        <source>Kies bestand</source>
        <translation>⟦Kîéš béštàñd····⟧</translation>
    </message>
</context>
<context>
    <name>StartklasView</name>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="148" />
        <source>Startklasgroepen</source>
        <translation>⟦Stàrtklàšgrõépéñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="150" />
        <source>Nieuwe &amp;groep</source>
        <translation>⟦Nîéüwé &amp;grõép·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="155" />
        <source>Groepen</source>
        <translation>⟦Grõépéñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="165" />
        <source>Groep</source>
        <translation>⟦Grõép··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="165" />
        <source>Observeren</source>
        <translation>⟦Õbšérvéréñ····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="166" />
        <source>Eindscore</source>
        <translation>⟦Éîñdšçõré···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="166" />
        <source>Voortgang</source>
        <translation>⟦Võõrtgàñg···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/view.py" line="167" />
        <source>Trajectadvies</source>
        <translation>⟦Tràjéçtàdvîéš·····⟧</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="58" />
        <source>&amp;Bekijken…</source>
        <translation>⟦&amp;Békîjkéñ…····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="59" />
        <source>Niet geaccepteerde wijzigingen bekijken</source>
        <translation>⟦Nîét géàççéptéérdé wîjžîgîñgéñ békîjkéñ···············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="66" />
        <source>Voortgang synchronisatie</source>
        <translation>⟦Võõrtgàñg šýñçhrõñîšàtîé·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="70" />
        <source>Melding synchronisatie</source>
        <translation>⟦Méldîñg šýñçhrõñîšàtîé········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="72" />
        <source>&amp;Synchroniseren</source>
        <translation>⟦&amp;Sýñçhrõñîšéréñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="74" />
        <source>&amp;Aanmelden bij de server…</source>
        <translation>⟦&amp;Ààñméldéñ bîj dé šérvér…··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="94" />
        <source>Aangemeld bij %1 als %2 (%3, %4).</source>
        <translation>⟦Ààñgéméld bîj %1 àlš %2 (%3, %4).··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="97" />
        <source>Dit apparaat is nog niet aangemeld bij de centrale server. Vraag de beheerder om een aanmeldcode en kies 'Aanmelden bij de server'.</source>
        <translation>⟦Dît àppàrààt îš ñõg ñîét ààñgéméld bîj dé çéñtràlé šérvér. Vrààg dé béhéérdér õm ééñ ààñméldçõdé éñ kîéš 'Ààñméldéñ bîj dé šérvér'.····················································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="99" />
        <source>Laatst gesynchroniseerd: %1</source>
        <translation>⟦Lààtšt géšýñçhrõñîšéérd: %1··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="100" />
        <source>Nog niet gesynchroniseerd.</source>
        <translation>⟦Nõg ñîét géšýñçhrõñîšéérd.··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="101" />
        <source>Wijzigingen die nog verstuurd moeten worden: %1</source>
        <translation>⟦Wîjžîgîñgéñ dîé ñõg vérštüürd mõétéñ wõrdéñ: %1··················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="103" />
        <source>%1 wijzigingen niet geaccepteerd door de server</source>
        <translation>⟦%1 wîjžîgîñgéñ ñîét géàççéptéérd dõõr dé šérvér··················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="107" />
        <source>&amp;Conflicten oplossen (%1)…</source>
        <translation>⟦&amp;Cõñflîçtéñ õplõššéñ (%1)…·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="112" />
        <source>De beheerder heeft de toegang van dit apparaat ingetrokken. Uw gegevens op dit apparaat blijven bewaard. Meld het opnieuw aan met een nieuwe code.</source>
        <translation>⟦Dé béhéérdér hééft dé tõégàñg vàñ dît àppàrààt îñgétrõkkéñ. Üw gégévéñš õp dît àppàrààt blîjvéñ béwààrd. Méld hét õpñîéüw ààñ mét ééñ ñîéüwé çõdé.··························································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="131" />
        <source>Bezig met synchroniseren… U kunt intussen gewoon doorwerken.</source>
        <translation>⟦Béžîg mét šýñçhrõñîšéréñ… Ü küñt îñtüššéñ géwõõñ dõõrwérkéñ.························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="143" />
        <source>Gesynchroniseerd: %1 verstuurd, %2 ontvangen.</source>
        <translation>⟦Géšýñçhrõñîšéérd: %1 vérštüürd, %2 õñtvàñgéñ.················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="146" />
        <source>%1 conflict(en): kies per veld welke waarde blijft.</source>
        <translation>⟦%1 çõñflîçt(éñ): kîéš pér véld wélké wààrdé blîjft.···················⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="149" />
        <source>%1 wijziging(en) niet geaccepteerd door de server; ze zijn bewaard. Kies 'Bekijken' voor de reden.</source>
        <translation>⟦%1 wîjžîgîñg(éñ) ñîét géàççéptéérd dõõr dé šérvér; žé žîjñ béwààrd. Kîéš 'Békîjkéñ' võõr dé rédéñ.······································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="163" />
        <source>Synchroniseren lukte niet (%1). Uw gegevens op dit apparaat blijven bewaard; probeer het later opnieuw.</source>
        <translation>⟦Sýñçhrõñîšéréñ lükté ñîét (%1). Üw gégévéñš õp dît àppàrààt blîjvéñ béwààrd; prõbéér hét làtér õpñîéüw.········································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/sync_view.py" line="171" />
        <source>Aangemeld. Kies 'Synchroniseren' om de gegevens op te halen.</source>
        <translation>⟦Ààñgéméld. Kîéš 'Sýñçhrõñîšéréñ' õm dé gégévéñš õp té hàléñ.························⟧</translation>
    </message>
</context>
<context>
    <name>TekstEditor</name>
    <message>
        <location filename="../desktop_app/gui/intake/editors.py" line="83" />
        <source>dd-mm-jjjj</source>
        <translation>⟦dd-mm-jjjj····⟧</translation>
    </message>
</context>
<context>
    <name>TrendGrafiek</name>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="25" />
        <source>Groeilijn per groep van aspecten</source>
        <translation>⟦Grõéîlîjñ pér grõép vàñ àšpéçtéñ············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="39" />
        <source>Nog geen scores voor deze cursist.</source>
        <translation>⟦Nõg gééñ šçõréš võõr déžé çüršîšt.·············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="67" />
        <source>week</source>
        <translation>⟦wéék·⟧</translation>
    </message>
</context>
<context>
    <name>VoortgangPagina</name>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="96" />
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="100" />
        <source>Cursist</source>
        <translation>⟦Cüršîšt··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="100" />
        <source>Momenten</source>
        <translation>⟦Mõméñtéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="100" />
        <source>Weken</source>
        <translation>⟦Wékéñ··⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="101" />
        <source>Aspecten</source>
        <translation>⟦Àšpéçtéñ···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="101" />
        <source>Genoeg voor een definitief advies?</source>
        <translation>⟦Géñõég võõr ééñ défîñîtîéf àdvîéš?·············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="106" />
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="115" />
        <source>Groepsoverzicht</source>
        <translation>⟦Grõépšõvéržîçht······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="110" />
        <source>Groeilijn van:</source>
        <translation>⟦Grõéîlîjñ vàñ:·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="138" />
        <source>ja</source>
        <translation>⟦jà·⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/observatie/voortgang.py" line="138" />
        <source>nee: </source>
        <translation>⟦ñéé: ··⟧</translation>
    </message>
</context>
<context>
    <name>VraagRij</name>
    <message>
        <location filename="../desktop_app/gui/intake/formulier.py" line="37" />
        <source>Melding bij %1</source>
        <translation>⟦Méldîñg bîj %1····⟧</translation>
    </message>
</context>
<context>
    <name>WachtwoordDialog</name>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="19" />
        <source>Wachtwoord wijzigen</source>
        <translation>⟦Wàçhtwõõrd wîjžîgéñ·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="20" />
        <source>De opslag en alle back-ups krijgen een nieuwe sleutel: het oude wachtwoord opent daarna niets meer op deze laptop. Een kopie die iemand vóór de wijziging maakte, blijft wel met het oude wachtwoord te openen.</source>
        <translation>⟦Dé õpšlàg éñ àllé bàçk-üpš krîjgéñ ééñ ñîéüwé šléütél: hét õüdé wàçhtwõõrd õpéñt dààrñà ñîétš méér õp déžé làptõp. Ééñ kõpîé dîé îémàñd vóór dé wîjžîgîñg mààkté, blîjft wél mét hét õüdé wàçhtwõõrd té õpéñéñ.··················································································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="25" />
        <source>Huidig wachtwoord</source>
        <translation>⟦Hüîdîg wàçhtwõõrd······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="25" />
        <source>Nieuw wachtwoord</source>
        <translation>⟦Nîéüw wàçhtwõõrd······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="26" />
        <source>Herhaal nieuw wachtwoord</source>
        <translation>⟦Hérhààl ñîéüw wàçhtwõõrd·········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="29" />
        <source>Sterkte van het wachtwoord</source>
        <translation>⟦Stérkté vàñ hét wàçhtwõõrd··········⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="37" />
        <source>&amp;Huidig wachtwoord</source>
        <translation>⟦&amp;Hüîdîg wàçhtwõõrd·······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="38" />
        <source>&amp;Nieuw wachtwoord</source>
        <translation>⟦&amp;Nîéüw wàçhtwõõrd······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="41" />
        <source>He&amp;rhaal</source>
        <translation>⟦Hé&amp;rhààl···⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="63" />
        <source>Voer uw huidige wachtwoord in.</source>
        <translation>⟦Võér üw hüîdîgé wàçhtwõõrd îñ.············⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="66" />
        <source>Het nieuwe wachtwoord is te zwak of de herhaling is niet gelijk.</source>
        <translation>⟦Hét ñîéüwé wàçhtwõõrd îš té žwàk õf dé hérhàlîñg îš ñîét gélîjk.·························⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/wachtwoord_dialog.py" line="68" />
        <source>Bezig: de opslag en de back-ups krijgen een nieuwe sleutel…</source>
        <translation>⟦Béžîg: dé õpšlàg éñ dé bàçk-üpš krîjgéñ ééñ ñîéüwé šléütél…·······················⟧</translation>
    </message>
</context>
<context>
    <name>_VaststelDialoog</name>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="478" />
        <source>PIP vaststellen</source>
        <translation>⟦PÎP vàštštélléñ······⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="480" />
        <source>Vaststellen maakt dit PIP een beschikking: deze versie verandert daarna niet meer. De inburgeraar kan binnen %1 weken na de dagtekening bezwaar maken. De inburgeringstermijn telt vanaf de dag na de dagtekening van het eerste PIP.</source>
        <translation>⟦Vàštštélléñ mààkt dît PÎP ééñ béšçhîkkîñg: déžé véršîé véràñdért dààrñà ñîét méér. Dé îñbürgérààr kàñ bîññéñ %1 wékéñ ñà dé dàgtékéñîñg béžwààr màkéñ. Dé îñbürgérîñgštérmîjñ télt vàñàf dé dàg ñà dé dàgtékéñîñg vàñ hét ééršté PÎP.··························································································⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="491" />
        <source>&amp;Dagtekening:</source>
        <translation>⟦&amp;Dàgtékéñîñg:·····⟧</translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/pip_view.py" line="494" />
        <source>&amp;Vaststellen</source>
        <translation>⟦&amp;Vàštštélléñ····⟧</translation>
    </message>
</context>
<context><name>QGuiApplication</name><message><source>QT_LAYOUT_DIRECTION</source><translation>RTL</translation></message></context></TS>