<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>FeedErrorText</name>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="11" />
        <source>HTTP %1: the feed needs a login.</source>
        <translation>HTTP %1: voor de feed moet u inloggen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="13" />
        <source>HTTP %1: the server refuses access.</source>
        <translation>HTTP %1: de server weigert de toegang.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="15" />
        <source>HTTP %1: not found; the feed moved or was removed.</source>
        <translation>HTTP %1: niet gevonden; de feed is verhuisd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="17" />
        <source>HTTP %1: gone; the server says this feed no longer exists, so it is no longer refreshed.</source>
        <translation>HTTP %1: verdwenen; volgens de server bestaat deze feed niet meer, dus wordt hij niet meer ververst.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="21" />
        <source>HTTP %1: too many requests; the server asked Heraut to wait.</source>
        <translation>HTTP %1: te veel verzoeken; de server vroeg Heraut te wachten.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="24" />
        <source>HTTP %1: the server had an error.</source>
        <translation>HTTP %1: er ging iets mis op de server.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="26" />
        <source>HTTP %1: the service is unavailable for now.</source>
        <translation>HTTP %1: de dienst is nu niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="28" />
        <source>HTTP %1: the server did not send the feed.</source>
        <translation>HTTP %1: de server stuurde de feed niet.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="37" />
        <source>Server not found: you are offline, or the address is wrong.</source>
        <translation>Server niet gevonden: u bent offline, of het adres klopt niet.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="39" />
        <source>Could not connect: the server is down or cannot be reached.</source>
        <translation>Geen verbinding: de server ligt plat of is onbereikbaar.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="41" />
        <source>Timed out: the server is too slow or does not answer.</source>
        <translation>Time-out: de server is te traag of antwoordt niet.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="43" />
        <source>The server's security certificate could not be verified.</source>
        <translation>Het beveiligingscertificaat van de server kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="45" />
        <source>Too many redirects (more than %1): the address may go round in a circle.</source>
        <translation>Te veel doorverwijzingen (meer dan %1): het adres verwijst misschien in een kringetje.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="48" />
        <source>Only http and https addresses can be fetched.</source>
        <translation>Alleen http- en https-adressen kunnen worden opgehaald.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="50" />
        <source>The response is larger than %1 MiB and was not downloaded.</source>
        <translation>Het antwoord is groter dan %1 MiB en is niet gedownload.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="54" />
        <source>HTTP %1: the site's bot protection blocked Heraut.</source>
        <translation>HTTP %1: de botbeveiliging van de site hield Heraut tegen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="56" />
        <source>The address gives no feed (RSS, Atom or JSON Feed); perhaps a web page.</source>
        <translation>Het adres geeft geen feed (RSS, Atom of JSON Feed); misschien een webpagina.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/FeedErrorText.cpp" line="58" />
        <source>%n fetched article(s) could not be stored: the news cache refused them. The next refresh fetches them again.</source>
        <translation><numerusform>%n opgehaald artikel kon niet worden bewaard: de nieuwscache weigerde het. De volgende verversing haalt het opnieuw op.</numerusform><numerusform>%n opgehaalde artikelen konden niet worden bewaard: de nieuwscache weigerde ze. De volgende verversing haalt ze opnieuw op.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/FeedErrorText.cpp" line="62" />
        <source>The refresh failed. Details: %1</source>
        <translation>Verversen mislukt. Details: %1</translation>
    </message>
</context>
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
    <name>heraut::app::FailedFeedsPanel</name>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="24" />
        <source>Failing feeds</source>
        <translation>Mislukte feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="32" />
        <source>Retry all</source>
        <translation>Alles opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="54" />
        <source>No feed is failing: every feed loaded.</source>
        <translation>Geen enkele feed mislukt: alle feeds zijn geladen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="68" />
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="70" />
        <source>Edit URL…</source>
        <translation>Adres wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="72" />
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="91" />
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="116" />
        <source>Heraut could not read the feed from its news cache.</source>
        <translation>Heraut kon de feed niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="96" />
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="105" />
        <source>Edit feed address</source>
        <translation>Adres van de feed wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="96" />
        <source>Feed address:</source>
        <translation>Adres van de feed:</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="101" />
        <source>Heraut could not change the feed's address.</source>
        <translation>Heraut kon het adres van de feed niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="106" />
        <source>You already subscribe to %1.</source>
        <translation>U bent al geabonneerd op %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="120" />
        <source>Remove feed</source>
        <translation>Feed verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="121" />
        <source>Remove "%1" and its cached articles?</source>
        <translation>"%1" en de bewaarde artikelen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="125" />
        <source>Heraut could not remove the feed.</source>
        <translation>Heraut kon de feed niet verwijderen.</translation>
    </message>
</context>
<context>
    <name>heraut::app::FeedTreeModel</name>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="102" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="117" />
        <source>All articles</source>
        <translation>Alle artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="103" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="118" />
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="104" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="119" />
        <source>Starred</source>
        <translation>Met ster</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="138" />
        <source>Last refresh failed: %1</source>
        <translation>Laatste verversing mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="140" />
        <source>Disabled: not refreshed any more</source>
        <translation>Uitgeschakeld: wordt niet meer ververst</translation>
    </message>
</context>
<context>
    <name>heraut::app::ListNotice</name>
    <message>
        <location filename="../../src/app/ListNotice.cpp" line="53" />
        <source>No results in %1.</source>
        <translation>Geen resultaten in %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/ListNotice.cpp" line="55" />
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../src/app/ListNotice.cpp" line="59" />
        <source>%1 could not be loaded: %2</source>
        <translation>%1 kon niet worden geladen: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/ListNotice.cpp" line="59" />
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../src/app/ListNotice.cpp" line="62" />
        <source>No unread articles in %1.</source>
        <translation>Geen ongelezen artikelen in %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/ListNotice.cpp" line="63" />
        <source>No articles in %1 yet.</source>
        <translation>Nog geen artikelen in %1.</translation>
    </message>
</context>
<context>
    <name>heraut::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="93" />
        <source>%n mark(s) wait to be saved.</source>
        <translation><numerusform>%n markering wacht om bewaard te worden.</numerusform><numerusform>%n markeringen wachten om bewaard te worden.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="95" />
        <source>Your marks are saved.</source>
        <translation>Uw markeringen zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="111" />
        <source>Heraut could not move the per-feed image settings into its news cache; it tries again at the next start.</source>
        <translation>Heraut kon de afbeeldingsinstellingen per feed niet naar de nieuwscache overzetten; dat wordt bij de volgende start opnieuw geprobeerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="133" />
        <source>Refreshing %n feed(s)…</source>
        <translation><numerusform>%n feed verversen…</numerusform><numerusform>%n feeds verversen…</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="139" />
        <source>Refreshing: %1 of %2 (%3)</source>
        <translation>Verversen: %1 van %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="144" />
        <source>The refresh could not use the news cache.</source>
        <translation>Het verversen kon de nieuwscache niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="149" />
        <source>Opened read-only: nothing you change is saved.</source>
        <translation>Alleen-lezen geopend: wat u verandert wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="169" />
        <source>Heraut could not read from its news cache.</source>
        <translation>Heraut kon niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="179" />
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="194" />
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="210" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="242" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="252" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="253" />
        <source>&amp;Add feed…</source>
        <translation>Feed &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="255" />
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="256" />
        <source>&amp;Export OPML…</source>
        <translation>OPML &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="258" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="260" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="262" />
        <source>&amp;Articles</source>
        <translation>&amp;Artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="263" />
        <source>Refresh all</source>
        <translation>Alles verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="264" />
        <location filename="../../src/app/MainWindow.cpp" line="662" />
        <location filename="../../src/app/MainWindow.cpp" line="907" />
        <source>Mark all read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="265" />
        <location filename="../../src/app/MainWindow.cpp" line="908" />
        <source>Undo mark all read</source>
        <translation>Alles gelezen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="267" />
        <source>Only unread</source>
        <translation>Alleen ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="271" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="272" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="273" />
        <source>&amp;About Heraut</source>
        <translation>&amp;Over Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="274" />
        <source>About Heraut</source>
        <translation>Over Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="275" />
        <source>Heraut %1: Dutch and Flemish defence news, offline.</source>
        <translation>Heraut %1: Nederlands en Vlaams defensienieuws, ook offline.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="279" />
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="291" />
        <source>Search articles (/)</source>
        <translation>Artikelen zoeken (/)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="337" />
        <source>Heraut could not read the feed list from its news cache.</source>
        <translation>Heraut kon de feedlijst niet uit de nieuwscache lezen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="348" />
        <source>%n feed(s) failing</source>
        <translation><numerusform>%n feed mislukt</numerusform><numerusform>%n feeds mislukt</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="359" />
        <location filename="../../src/app/MainWindow.cpp" line="381" />
        <location filename="../../src/app/MainWindow.cpp" line="406" />
        <source>Select an article to read it.</source>
        <translation>Kies een artikel om het te lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="387" />
        <source>Heraut could not read this article from its news cache.</source>
        <translation>Heraut kon dit artikel niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="411" />
        <source>No web browser could be started to open %1. Set a default browser in the desktop's settings.</source>
        <translation>Er kon geen webbrowser worden gestart om %1 te openen. Kies een standaardbrowser in de instellingen van uw bureaublad.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="428" />
        <source>Heraut could not remove old articles from its news cache; they stay until a later refresh can.</source>
        <translation>Heraut kon oude artikelen niet uit de nieuwscache verwijderen; ze blijven tot een latere verversing het kan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="435" />
        <source>%n article(s) could not be stored; the next refresh fetches them again.</source>
        <translation><numerusform>%n artikel kon niet worden bewaard; de volgende verversing haalt het opnieuw op.</numerusform><numerusform>%n artikelen konden niet worden bewaard; de volgende verversing haalt ze opnieuw op.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="524" />
        <source>Heraut could not mark these articles read; nothing was changed.</source>
        <translation>Heraut kon deze artikelen niet als gelezen markeren; er is niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="530" />
        <source>%n article(s) marked read.</source>
        <translation><numerusform>%n artikel als gelezen gemarkeerd.</numerusform><numerusform>%n artikelen als gelezen gemarkeerd.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="539" />
        <source>%n article(s) unread again.</source>
        <translation><numerusform>%n artikel weer ongelezen.</numerusform><numerusform>%n artikelen weer ongelezen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="548" />
        <source>Opened read-only: refreshing is off.</source>
        <translation>Alleen-lezen geopend: verversen staat uit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="571" />
        <location filename="../../src/app/MainWindow.cpp" line="584" />
        <source>%n new article(s).</source>
        <translation><numerusform>%n nieuw artikel.</numerusform><numerusform>%n nieuwe artikelen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="574" />
        <source>Offline: no feed could be reached.</source>
        <translation>Offline: geen enkele feed bereikbaar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="576" />
        <source>%n feed(s) failed.</source>
        <translation><numerusform>%n feed mislukt.</numerusform><numerusform>%n feeds mislukt.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="577" />
        <source>Refresh cancelled.</source>
        <translation>Verversen afgebroken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="646" />
        <source>%n unread</source>
        <translation><numerusform>%n ongelezen</numerusform><numerusform>%n ongelezen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="647" />
        <source>Heraut: %n unread</source>
        <translation><numerusform>Heraut: %n ongelezen</numerusform><numerusform>Heraut: %n ongelezen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="654" />
        <source>Refresh</source>
        <translation>Verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="671" />
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="674" />
        <source>Rename feed</source>
        <translation>Feed hernoemen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="674" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="677" />
        <source>Heraut could not rename the feed.</source>
        <translation>Heraut kon de feed niet hernoemen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="682" />
        <source>Move to folder…</source>
        <translation>Naar map verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="683" />
        <source>(no folder)</source>
        <translation>(geen map)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="695" />
        <source>Move feed</source>
        <translation>Feed verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="695" />
        <source>Folder (or type a new one):</source>
        <translation>Map (of typ een nieuwe):</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="698" />
        <source>Heraut could not move the feed.</source>
        <translation>Heraut kon de feed niet verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="705" />
        <source>Always load images</source>
        <translation>Afbeeldingen altijd laden</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="709" />
        <source>Heraut could not save the image setting of the feed.</source>
        <translation>Heraut kon de afbeeldingsinstelling van de feed niet bewaren.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="713" />
        <source>Open site</source>
        <translation>Website openen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="717" />
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="718" />
        <source>Remove feed</source>
        <translation>Feed verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="719" />
        <source>Remove "%1" and its cached articles?</source>
        <translation>"%1" en de bewaarde artikelen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="723" />
        <source>Heraut could not remove the feed.</source>
        <translation>Heraut kon de feed niet verwijderen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="770" />
        <location filename="../../src/app/MainWindow.cpp" line="779" />
        <location filename="../../src/app/MainWindow.cpp" line="813" />
        <source>Add feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="752" />
        <source>Looking for feeds at %1…</source>
        <translation>Feeds zoeken op %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="780" />
        <source>This page offers several feeds:</source>
        <translation>Deze pagina biedt meerdere feeds:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="817" />
        <source>Added %1: %n article(s).</source>
        <translation><numerusform>%1 toegevoegd: %n artikel.</numerusform><numerusform>%1 toegevoegd: %n artikelen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="827" />
        <location filename="../../src/app/MainWindow.cpp" line="849" />
        <location filename="../../src/app/MainWindow.cpp" line="855" />
        <location filename="../../src/app/MainWindow.cpp" line="862" />
        <source>Import OPML</source>
        <translation>OPML importeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="828" />
        <source>OPML files (*.opml *.xml)</source>
        <translation>OPML-bestanden (*.opml *.xml)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="834" />
        <source>%n feed(s) added.</source>
        <translation><numerusform>%n feed toegevoegd.</numerusform><numerusform>%n feeds toegevoegd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="842" />
        <source>Not imported: %1 (%2): %3</source>
        <translation>Niet geïmporteerd: %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="851" />
        <source>Heraut could not import the OPML file.</source>
        <translation>Heraut kon het OPML-bestand niet importeren.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="856" />
        <source>%1 is not an OPML file: nothing was imported.</source>
        <translation>%1 is geen OPML-bestand: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="868" />
        <location filename="../../src/app/MainWindow.cpp" line="876" />
        <source>Export OPML</source>
        <translation>OPML exporteren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="869" />
        <source>OPML files (*.opml)</source>
        <translation>OPML-bestanden (*.opml)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="877" />
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="880" />
        <source>Feeds exported to %1.</source>
        <translation>Feeds geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="895" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="898" />
        <source>Next / previous article</source>
        <translation>Volgend / vorig artikel</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="899" />
        <source>Next / previous unread article, across feeds</source>
        <translation>Volgend / vorig ongelezen artikel, ook in andere feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="900" />
        <source>Scroll the article, then go to the next unread</source>
        <translation>Artikel scrollen, daarna naar het volgende ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="900" />
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="901" />
        <source>Mark read / unread</source>
        <translation>Gelezen / ongelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="902" />
        <source>Star / unstar</source>
        <translation>Ster geven / weghalen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="903" />
        <source>Open in the browser</source>
        <translation>In de browser openen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="904" />
        <source>Refresh this feed</source>
        <translation>Deze feed verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="905" />
        <source>Refresh all feeds</source>
        <translation>Alle feeds verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="906" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="970" />
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
    <name>heraut::app::RefreshProgress</name>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="15" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="19" />
        <source>Stop the refresh; what arrived so far is kept</source>
        <translation>Verversen stoppen; wat al binnen is blijft bewaard</translation>
    </message>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="27" />
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="62" />
        <source>Saving and indexing…</source>
        <translation>Bewaren en indexeren…</translation>
    </message>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="72" />
        <source>Waiting for %1</source>
        <translation>Wachten op %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/RefreshProgress.cpp" line="75" />
        <source>Waiting for %1 and %n more</source>
        <translation><numerusform>Wachten op %1 en nog %n</numerusform><numerusform>Wachten op %1 en nog %n</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::SearchScope</name>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="16" />
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="18" />
        <source>Search all articles, not only this list</source>
        <translation>Alle artikelen doorzoeken, niet alleen deze lijst</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="37" />
        <source>all articles</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="45" />
        <source>Search all articles (/)</source>
        <translation>Zoeken in alles (/)</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="46" />
        <source>Search in %1 (/)</source>
        <translation>Zoeken in %1 (/)</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="55" />
        <source>No results in %1.</source>
        <translation>Geen resultaten in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/SearchScope.cpp" line="58" />
        <source>%n result(s)</source>
        <translation><numerusform>%n resultaat</numerusform><numerusform>%n resultaten</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="61" />
        <source>%1, newest first · &lt;a href="relevance"&gt;best match first&lt;/a&gt;</source>
        <translation>%1, nieuwste eerst · &lt;a href="relevance"&gt;beste eerst&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="64" />
        <source>%1, best match first · &lt;a href="date"&gt;newest first&lt;/a&gt;</source>
        <translation>%1, beste eerst · &lt;a href="date"&gt;nieuwste eerst&lt;/a&gt;</translation>
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