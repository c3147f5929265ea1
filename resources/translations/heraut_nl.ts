<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>heraut::app::ArticleListModel</name>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="165" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="167" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="169" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>heraut::app::ArticleView</name>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="77" />
        <source>Key takeaways</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="91" />
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="94" />
        <source>Load images</source>
        <translation>Afbeeldingen laden</translation>
    </message>
</context>
<context>
    <name>heraut::app::FeedTreeModel</name>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="48" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="63" />
        <source>All articles</source>
        <translation>Alle artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="49" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="64" />
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="50" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="65" />
        <source>Starred</source>
        <translation>Met ster</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="79" />
        <source>Last refresh failed: %1</source>
        <translation>Laatste verversing mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="81" />
        <source>Disabled: not refreshed any more</source>
        <translation>Uitgeschakeld: wordt niet meer ververst</translation>
    </message>
</context>
<context>
    <name>heraut::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="74" />
        <source>Refreshing %n feed(s)…</source>
        <translation><numerusform>%n feed verversen…</numerusform><numerusform>%n feeds verversen…</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="80" />
        <source>Refreshing: %1 of %2 (%3)</source>
        <translation>Verversen: %1 van %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="102" />
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="117" />
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="133" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="164" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="174" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="175" />
        <source>&amp;Add feed…</source>
        <translation>Feed &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="177" />
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="178" />
        <source>&amp;Export OPML…</source>
        <translation>OPML &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="180" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="182" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="184" />
        <source>&amp;Articles</source>
        <translation>&amp;Artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="185" />
        <source>Refresh all</source>
        <translation>Alles verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="186" />
        <location filename="../../src/app/MainWindow.cpp" line="504" />
        <location filename="../../src/app/MainWindow.cpp" line="683" />
        <source>Mark all read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="187" />
        <location filename="../../src/app/MainWindow.cpp" line="684" />
        <source>Undo mark all read</source>
        <translation>Alles gelezen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="189" />
        <source>Only unread</source>
        <translation>Alleen ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="193" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="194" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="195" />
        <source>&amp;About Heraut</source>
        <translation>&amp;Over Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="196" />
        <source>About Heraut</source>
        <translation>Over Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="197" />
        <source>Heraut %1: Dutch and Flemish defence news, offline.</source>
        <translation>Heraut %1: Nederlands en Vlaams defensienieuws, ook offline.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="201" />
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="213" />
        <source>Search articles (/)</source>
        <translation>Artikelen zoeken (/)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="266" />
        <source>%n feed(s) failing</source>
        <translation><numerusform>%n feed mislukt</numerusform><numerusform>%n feeds mislukt</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="275" />
        <location filename="../../src/app/MainWindow.cpp" line="297" />
        <source>Select an article to read it.</source>
        <translation>Kies een artikel om het te lezen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="385" />
        <source>%n article(s) marked read.</source>
        <translation><numerusform>%n artikel als gelezen gemarkeerd.</numerusform><numerusform>%n artikelen als gelezen gemarkeerd.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="394" />
        <source>%n article(s) unread again.</source>
        <translation><numerusform>%n artikel weer ongelezen.</numerusform><numerusform>%n artikelen weer ongelezen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="422" />
        <location filename="../../src/app/MainWindow.cpp" line="435" />
        <source>%n new article(s).</source>
        <translation><numerusform>%n nieuw artikel.</numerusform><numerusform>%n nieuwe artikelen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="425" />
        <source>Offline: no feed could be reached.</source>
        <translation>Offline: geen enkele feed bereikbaar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="427" />
        <source>%n feed(s) failed.</source>
        <translation><numerusform>%n feed mislukt.</numerusform><numerusform>%n feeds mislukt.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="428" />
        <source>Refresh cancelled.</source>
        <translation>Verversen afgebroken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="489" />
        <source>Heraut: %n unread</source>
        <translation><numerusform>Heraut: %n ongelezen</numerusform><numerusform>Heraut: %n ongelezen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="496" />
        <source>Refresh</source>
        <translation>Verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="512" />
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="515" />
        <source>Rename feed</source>
        <translation>Feed hernoemen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="515" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="521" />
        <source>Move to folder…</source>
        <translation>Naar map verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="522" />
        <source>(no folder)</source>
        <translation>(geen map)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="527" />
        <source>Move feed</source>
        <translation>Feed verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="527" />
        <source>Folder (or type a new one):</source>
        <translation>Map (of typ een nieuwe):</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="534" />
        <source>Always load images</source>
        <translation>Afbeeldingen altijd laden</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="541" />
        <source>Open site</source>
        <translation>Website openen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="545" />
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="546" />
        <source>Remove feed</source>
        <translation>Feed verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="547" />
        <source>Remove "%1" and its cached articles?</source>
        <translation>"%1" en de bewaarde artikelen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="562" />
        <location filename="../../src/app/MainWindow.cpp" line="584" />
        <location filename="../../src/app/MainWindow.cpp" line="595" />
        <location filename="../../src/app/MainWindow.cpp" line="624" />
        <source>Add feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="562" />
        <source>Feed or web page address:</source>
        <translation>Adres van de feed of webpagina:</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="565" />
        <source>Looking for feeds at %1…</source>
        <translation>Feeds zoeken op %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="596" />
        <source>This page offers several feeds:</source>
        <translation>Deze pagina biedt meerdere feeds:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="628" />
        <source>Added %1: %n article(s).</source>
        <translation><numerusform>%1 toegevoegd: %n artikel.</numerusform><numerusform>%1 toegevoegd: %n artikelen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="639" />
        <location filename="../../src/app/MainWindow.cpp" line="649" />
        <source>Import OPML</source>
        <translation>OPML importeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="639" />
        <source>OPML files (*.opml *.xml)</source>
        <translation>OPML-bestanden (*.opml *.xml)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="645" />
        <source>%n feed(s) added.</source>
        <translation><numerusform>%n feed toegevoegd.</numerusform><numerusform>%n feeds toegevoegd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="655" />
        <source>Export OPML</source>
        <translation>OPML exporteren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="655" />
        <source>OPML files (*.opml)</source>
        <translation>OPML-bestanden (*.opml)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="671" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="674" />
        <source>Next / previous article</source>
        <translation>Volgend / vorig artikel</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="675" />
        <source>Next / previous unread article, across feeds</source>
        <translation>Volgend / vorig ongelezen artikel, ook in andere feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="676" />
        <source>Scroll the article, then go to the next unread</source>
        <translation>Artikel scrollen, daarna naar het volgende ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="676" />
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="677" />
        <source>Mark read / unread</source>
        <translation>Gelezen / ongelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="678" />
        <source>Star / unstar</source>
        <translation>Ster geven / weghalen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="679" />
        <source>Open in the browser</source>
        <translation>In de browser openen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="680" />
        <source>Refresh this feed</source>
        <translation>Deze feed verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="681" />
        <source>Refresh all feeds</source>
        <translation>Alle feeds verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="682" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="702" />
        <source>Failing feeds</source>
        <translation>Mislukte feeds</translation>
    </message>
</context>
<context>
    <name>heraut::app::SettingsDialog</name>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="14" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="18" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="20" />
        <source>Refresh every</source>
        <translation>Verversen elke</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="21" />
        <source>Refresh when Heraut starts</source>
        <translation>Verversen bij het starten van Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="26" />
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="27" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="29" />
        <source>Mark read after</source>
        <translation>Als gelezen markeren na</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="32" />
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="34" />
        <source>Keep read articles for</source>
        <translation>Gelezen artikelen bewaren</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="35" />
        <source>Load remote images (sites see that you read)</source>
        <translation>Externe afbeeldingen laden (sites zien dat u leest)</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="39" />
        <source>Beside the list</source>
        <translation>Naast de lijst</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="40" />
        <source>Below the list</source>
        <translation>Onder de lijst</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="42" />
        <source>Article pane</source>
        <translation>Artikelvenster</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="44" />
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="48" />
        <source>Language (after a restart)</source>
        <translation>Taal (na herstart)</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="51" />
        <source>system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="52" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="54" />
        <source>Article font size</source>
        <translation>Lettergrootte artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="55" />
        <source>Notify me of new articles</source>
        <translation>Melding bij nieuwe artikelen</translation>
    </message>
</context>
</TS>