<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>heraut::app::AddFeedDialog</name>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="15" />
        <source>Add feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="17" />
        <source>The feed's own title</source>
        <translation>De eigen titel van de feed</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="19" />
        <source>(no folder)</source>
        <translation>(geen map)</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="23" />
        <source>Feed or web page address:</source>
        <translation>Adres van de feed of webpagina:</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="24" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="25" />
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
</context>
<context>
    <name>heraut::app::ArticleListModel</name>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="31" />
        <source>Heraut could not read the article list from its news cache.</source>
        <translation>Heraut kon de artikellijst niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="253" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="255" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="257" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>heraut::app::ArticleView</name>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="118" />
        <source>Key takeaways</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="100" />
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="103" />
        <source>Load images</source>
        <translation>Afbeeldingen laden</translation>
    </message>
</context>
<context>
    <name>heraut::app::DatabaseRescueDialog</name>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="58" />
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="59" />
        <source>Repair</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="60" />
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="61" />
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="62" />
        <source>Open Heraut</source>
        <translation>Heraut openen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="63" />
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="88" />
        <source>Heraut cannot open its news cache</source>
        <translation>Heraut kan de nieuwscache niet openen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="92" />
        <source>The file is damaged: part of it is not what SQLite wrote there (a disk error, or a crash while it was copied, can do this). Check examines the whole file. Repair copies everything that can still be read (feeds, folders, articles, read and star marks) into a new file and keeps the damaged one beside it. Open read-only shows what can be read and changes nothing.</source>
        <translation>Het bestand is beschadigd: een deel ervan is niet wat SQLite er schreef (een schijffout, of een crash tijdens het kopiëren, kan dat doen). Controleren onderzoekt het hele bestand. Herstellen kopieert alles wat nog leesbaar is (feeds, mappen, artikelen, gelezen en ster) naar een nieuw bestand en bewaart het beschadigde ernaast. Alleen-lezen openen toont wat leesbaar is en verandert niets.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="99" />
        <source>Another program holds the file locked: a refresh by heraut-cli, or another Heraut. Wait for it to finish and try again, or open the file read-only.</source>
        <translation>Een ander programma houdt het bestand vergrendeld: een verversing door heraut-cli, of een andere Heraut. Wacht tot het klaar is en probeer het opnieuw, of open het bestand alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="103" />
        <source>The file or its folder cannot be written. Open it read-only to read your news (read marks are then not saved), or make it writable and try again.</source>
        <translation>Het bestand of de map kan niet worden beschreven. Open het alleen-lezen om uw nieuws te lezen (wat u leest wordt dan niet bewaard), of maak het beschrijfbaar en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="107" />
        <source>The disk is full. Free some space and try again.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="110" />
        <source>A newer version of Heraut wrote this file; this version cannot read it. Use the newer version.</source>
        <translation>Een nieuwere versie van Heraut heeft dit bestand geschreven; deze versie kan het niet lezen. Gebruik de nieuwere versie.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="114" />
        <source>The file could not be opened. Check that the disk is attached and that the folder is yours, then try again.</source>
        <translation>Het bestand kon niet worden geopend. Controleer of de schijf aangesloten is en de map van u is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="118" />
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="134" />
        <source>Check: SQLite finds no damage in the file. Try opening it again.</source>
        <translation>Controle: SQLite vindt geen schade in het bestand. Probeer het opnieuw te openen.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="142" />
        <source>Check: the file is damaged. Repair keeps what can be read.</source>
        <translation>Controle: het bestand is beschadigd. Herstellen bewaart wat leesbaar is.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="168" />
        <source>Some rows could not be read and are lost.</source>
        <translation>Sommige rijen waren onleesbaar en zijn verloren.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="170" />
        <source>%1 articles lost their text; the next refresh fetches what the feeds still carry.</source>
        <translation>%1 artikelen zijn hun tekst kwijt; de volgende verversing haalt op wat de feeds nog aanbieden.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="175" />
        <source>%1 articles lost their read and star marks and show as unread.</source>
        <translation>%1 artikelen zijn hun markeringen (gelezen, ster) kwijt en staan als ongelezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="178" />
        <source>%1 feeds were lost; their articles are kept under "Recovered feed".</source>
        <translation>%1 feeds zijn verloren; hun artikelen staan onder "Recovered feed".</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="146" />
        <source>Check failed: %1</source>
        <translation>Controle mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="160" />
        <source>Repaired. Recovered %1 feeds and %2 articles (%3 read, %4 starred). The damaged file is kept as %5.</source>
        <translation>Hersteld. %1 feeds en %2 artikelen teruggehaald (%3 gelezen, %4 met ster). Het beschadigde bestand is bewaard als %5.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="184" />
        <source>Repair failed: %1</source>
        <translation>Herstellen mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="190" />
        <source>Heraut repaired its news cache</source>
        <translation>Heraut heeft de nieuwscache hersteld</translation>
    </message>
</context>
<context>
    <name>heraut::app::FeedTreeModel</name>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="100" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="115" />
        <source>All articles</source>
        <translation>Alle artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="101" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="116" />
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="102" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="117" />
        <source>Starred</source>
        <translation>Met ster</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="136" />
        <source>Last refresh failed: %1</source>
        <translation>Laatste verversing mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="138" />
        <source>Disabled: not refreshed any more</source>
        <translation>Uitgeschakeld: wordt niet meer ververst</translation>
    </message>
</context>
<context>
    <name>heraut::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="86" />
        <source>%n mark(s) wait to be saved.</source>
        <translation><numerusform>%n markering wacht om bewaard te worden.</numerusform><numerusform>%n markeringen wachten om bewaard te worden.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="88" />
        <source>Your marks are saved.</source>
        <translation>Uw markeringen zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="103" />
        <source>Heraut could not move the per-feed image settings into its news cache; it tries again at the next start.</source>
        <translation>Heraut kon de afbeeldingsinstellingen per feed niet naar de nieuwscache overzetten; dat wordt bij de volgende start opnieuw geprobeerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="125" />
        <source>Refreshing %n feed(s)…</source>
        <translation><numerusform>%n feed verversen…</numerusform><numerusform>%n feeds verversen…</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="131" />
        <source>Refreshing: %1 of %2 (%3)</source>
        <translation>Verversen: %1 van %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="136" />
        <source>The refresh could not use the news cache.</source>
        <translation>Het verversen kon de nieuwscache niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="141" />
        <source>Opened read-only: nothing you change is saved.</source>
        <translation>Alleen-lezen geopend: wat u verandert wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="161" />
        <source>Heraut could not read from its news cache.</source>
        <translation>Heraut kon niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="171" />
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="186" />
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="202" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="233" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="243" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="244" />
        <source>&amp;Add feed…</source>
        <translation>Feed &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="246" />
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="247" />
        <source>&amp;Export OPML…</source>
        <translation>OPML &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="249" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="251" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="253" />
        <source>&amp;Articles</source>
        <translation>&amp;Artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="254" />
        <source>Refresh all</source>
        <translation>Alles verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="255" />
        <location filename="../../src/app/MainWindow.cpp" line="600" />
        <location filename="../../src/app/MainWindow.cpp" line="833" />
        <source>Mark all read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="256" />
        <location filename="../../src/app/MainWindow.cpp" line="834" />
        <source>Undo mark all read</source>
        <translation>Alles gelezen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="258" />
        <source>Only unread</source>
        <translation>Alleen ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="262" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="263" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="264" />
        <source>&amp;About Heraut</source>
        <translation>&amp;Over Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="265" />
        <source>About Heraut</source>
        <translation>Over Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="266" />
        <source>Heraut %1: Dutch and Flemish defence news, offline.</source>
        <translation>Heraut %1: Nederlands en Vlaams defensienieuws, ook offline.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="270" />
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="282" />
        <source>Search articles (/)</source>
        <translation>Artikelen zoeken (/)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="328" />
        <source>Heraut could not read the feed list from its news cache.</source>
        <translation>Heraut kon de feedlijst niet uit de nieuwscache lezen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="339" />
        <source>%n feed(s) failing</source>
        <translation><numerusform>%n feed mislukt</numerusform><numerusform>%n feeds mislukt</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="348" />
        <location filename="../../src/app/MainWindow.cpp" line="370" />
        <source>Select an article to read it.</source>
        <translation>Kies een artikel om het te lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="376" />
        <source>Heraut could not read this article from its news cache.</source>
        <translation>Heraut kon dit artikel niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="462" />
        <source>Heraut could not mark these articles read; nothing was changed.</source>
        <translation>Heraut kon deze artikelen niet als gelezen markeren; er is niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="468" />
        <source>%n article(s) marked read.</source>
        <translation><numerusform>%n artikel als gelezen gemarkeerd.</numerusform><numerusform>%n artikelen als gelezen gemarkeerd.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="477" />
        <source>%n article(s) unread again.</source>
        <translation><numerusform>%n artikel weer ongelezen.</numerusform><numerusform>%n artikelen weer ongelezen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="486" />
        <source>Opened read-only: refreshing is off.</source>
        <translation>Alleen-lezen geopend: verversen staat uit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="509" />
        <location filename="../../src/app/MainWindow.cpp" line="522" />
        <source>%n new article(s).</source>
        <translation><numerusform>%n nieuw artikel.</numerusform><numerusform>%n nieuwe artikelen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="512" />
        <source>Offline: no feed could be reached.</source>
        <translation>Offline: geen enkele feed bereikbaar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="514" />
        <source>%n feed(s) failed.</source>
        <translation><numerusform>%n feed mislukt.</numerusform><numerusform>%n feeds mislukt.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="515" />
        <source>Refresh cancelled.</source>
        <translation>Verversen afgebroken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="584" />
        <source>%n unread</source>
        <translation><numerusform>%n ongelezen</numerusform><numerusform>%n ongelezen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="585" />
        <source>Heraut: %n unread</source>
        <translation><numerusform>Heraut: %n ongelezen</numerusform><numerusform>Heraut: %n ongelezen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="592" />
        <source>Refresh</source>
        <translation>Verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="609" />
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="612" />
        <source>Rename feed</source>
        <translation>Feed hernoemen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="612" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="615" />
        <source>Heraut could not rename the feed.</source>
        <translation>Heraut kon de feed niet hernoemen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="620" />
        <source>Move to folder…</source>
        <translation>Naar map verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="621" />
        <source>(no folder)</source>
        <translation>(geen map)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="633" />
        <source>Move feed</source>
        <translation>Feed verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="633" />
        <source>Folder (or type a new one):</source>
        <translation>Map (of typ een nieuwe):</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="636" />
        <source>Heraut could not move the feed.</source>
        <translation>Heraut kon de feed niet verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="643" />
        <source>Always load images</source>
        <translation>Afbeeldingen altijd laden</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="647" />
        <source>Heraut could not save the image setting of the feed.</source>
        <translation>Heraut kon de afbeeldingsinstelling van de feed niet bewaren.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="651" />
        <source>Open site</source>
        <translation>Website openen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="655" />
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="656" />
        <source>Remove feed</source>
        <translation>Feed verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="657" />
        <source>Remove "%1" and its cached articles?</source>
        <translation>"%1" en de bewaarde artikelen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="661" />
        <source>Heraut could not remove the feed.</source>
        <translation>Heraut kon de feed niet verwijderen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="708" />
        <location filename="../../src/app/MainWindow.cpp" line="717" />
        <location filename="../../src/app/MainWindow.cpp" line="751" />
        <source>Add feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="690" />
        <source>Looking for feeds at %1…</source>
        <translation>Feeds zoeken op %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="718" />
        <source>This page offers several feeds:</source>
        <translation>Deze pagina biedt meerdere feeds:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="755" />
        <source>Added %1: %n article(s).</source>
        <translation><numerusform>%1 toegevoegd: %n artikel.</numerusform><numerusform>%1 toegevoegd: %n artikelen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="765" />
        <location filename="../../src/app/MainWindow.cpp" line="785" />
        <location filename="../../src/app/MainWindow.cpp" line="790" />
        <source>Import OPML</source>
        <translation>OPML importeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="766" />
        <source>OPML files (*.opml *.xml)</source>
        <translation>OPML-bestanden (*.opml *.xml)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="772" />
        <source>%n feed(s) added.</source>
        <translation><numerusform>%n feed toegevoegd.</numerusform><numerusform>%n feeds toegevoegd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="778" />
        <source>Not imported: %1 (%2): %3</source>
        <translation>Niet geïmporteerd: %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="787" />
        <source>Heraut could not import the OPML file.</source>
        <translation>Heraut kon het OPML-bestand niet importeren.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="796" />
        <location filename="../../src/app/MainWindow.cpp" line="804" />
        <source>Export OPML</source>
        <translation>OPML exporteren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="797" />
        <source>OPML files (*.opml)</source>
        <translation>OPML-bestanden (*.opml)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="805" />
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="808" />
        <source>Feeds exported to %1.</source>
        <translation>Feeds geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="821" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="824" />
        <source>Next / previous article</source>
        <translation>Volgend / vorig artikel</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="825" />
        <source>Next / previous unread article, across feeds</source>
        <translation>Volgend / vorig ongelezen artikel, ook in andere feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="826" />
        <source>Scroll the article, then go to the next unread</source>
        <translation>Artikel scrollen, daarna naar het volgende ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="826" />
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="827" />
        <source>Mark read / unread</source>
        <translation>Gelezen / ongelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="828" />
        <source>Star / unstar</source>
        <translation>Ster geven / weghalen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="829" />
        <source>Open in the browser</source>
        <translation>In de browser openen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="830" />
        <source>Refresh this feed</source>
        <translation>Deze feed verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="831" />
        <source>Refresh all feeds</source>
        <translation>Alle feeds verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="832" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="852" />
        <source>Failing feeds</source>
        <translation>Mislukte feeds</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="894" />
        <source>%n read or star mark(s) could not be saved.</source>
        <translation><numerusform>%n markering (gelezen of ster) kon niet worden bewaard.</numerusform><numerusform>%n markeringen (gelezen of ster) konden niet worden bewaard.</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::PendingChanges</name>
    <message>
        <location filename="../../src/app/PendingChanges.cpp" line="78" />
        <source>Heraut could not save your read and star marks yet. It keeps them and saves them as soon as it can.</source>
        <translation>Heraut kon nog niet bewaren wat u gelezen en met een ster gemarkeerd hebt. Heraut onthoudt het en bewaart het zodra dat kan.</translation>
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
<context>
    <name>heraut::app::StoreErrors</name>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="17" />
        <source>Another program is writing to Heraut's news cache and kept it locked for longer than Heraut waits. This is usually a refresh by heraut-cli or a second Heraut window. Let it finish or close it; Heraut tries again by itself.</source>
        <translation>Een ander programma schrijft in de nieuwscache van Heraut en hield die langer vergrendeld dan Heraut wacht. Meestal is dat een verversing door heraut-cli of een tweede Heraut-venster. Laat het afronden of sluit het; Heraut probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="21" />
        <source>Part of the news cache file is damaged, so Heraut cannot read or write it. Quit Heraut and run "heraut-cli repair", or start Heraut again and choose Repair: everything readable is copied into a new file and the damaged one is kept beside it.</source>
        <translation>Een deel van het nieuwscachebestand is beschadigd, zodat Heraut het niet kan lezen of schrijven. Sluit Heraut af en voer "heraut-cli repair" uit, of start Heraut opnieuw en kies Herstellen: alles wat leesbaar is wordt naar een nieuw bestand gekopieerd en het beschadigde wordt ernaast bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="26" />
        <source>The disk that holds the news cache is full. Free some space; Heraut tries again by itself.</source>
        <translation>De schijf met de nieuwscache is vol. Maak ruimte vrij; Heraut probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="29" />
        <source>The news cache can only be read: the file or its folder is read-only, or Heraut opened it read-only. What you change is shown but not saved; make the file writable and start Heraut again to keep it.</source>
        <translation>De nieuwscache kan alleen gelezen worden: het bestand of de map is alleen-lezen, of Heraut opende het alleen-lezen. Wat u verandert wordt getoond maar niet bewaard; maak het bestand beschrijfbaar en start Heraut opnieuw om het te bewaren.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="33" />
        <source>The news cache file, or the files SQLite keeps beside it, could not be opened. Check that the disk is attached and the folder is yours to write.</source>
        <translation>Het nieuwscachebestand, of de bestanden die SQLite ernaast bijhoudt, konden niet worden geopend. Controleer of de schijf aangesloten is en u in de map mag schrijven.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="36" />
        <source>The disk reported an error while Heraut read or wrote the news cache. Check the disk; Heraut tries again by itself.</source>
        <translation>De schijf meldde een fout terwijl Heraut de nieuwscache las of schreef. Controleer de schijf; Heraut probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="39" />
        <source>The news cache was written by a newer version of Heraut. Use that version, or start this one with another file (HERAUT_DB).</source>
        <translation>De nieuwscache is geschreven door een nieuwere versie van Heraut. Gebruik die versie, of start deze met een ander bestand (HERAUT_DB).</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="44" />
        <source>Heraut's news cache did not do what was asked. The details below say what SQLite reported.</source>
        <translation>De nieuwscache van Heraut deed niet wat gevraagd werd. De details hieronder zeggen wat SQLite meldde.</translation>
    </message>
</context>
</TS>