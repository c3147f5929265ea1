<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="16" />
        <source>into the folder "%1"</source>
        <translation>in de map "%1"</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="17" />
        <source>at the top level</source>
        <translation>op het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="26" />
        <source>"%1": is: takes unread, read, starred or muted.</source>
        <translation>"%1": is: kent unread, read, starred of muted.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="28" />
        <source>"%1": feed: takes a feed's number (feed:12).</source>
        <translation>"%1": feed: verwacht het nummer van een feed (feed:12).</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="30" />
        <source>"%1": folder: takes a folder's name (folder:"Two words").</source>
        <translation>"%1": folder: verwacht de naam van een map (folder:"Twee woorden").</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="32" />
        <source>"%1": a filter cannot be left out with a minus: use its opposite (is:read for -is:unread) or search without it.</source>
        <translation>"%1": een filter kan niet met een min worden uitgesloten: gebruik het tegendeel (is:read voor -is:unread) of zoek zonder.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="36" />
        <source>"%1": a filter cannot be an alternative (OR): search each on its own.</source>
        <translation>"%1": een filter kan geen alternatief (OR) zijn: zoek op elk apart.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="41" />
        <source>"%1": since: takes a date (2026-01-22) or a span back from now (24h, 7d, 2w).</source>
        <translation>"%1": since: verwacht een datum (2026-01-22) of een termijn terug vanaf nu (24h, 7d, 2w).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/CoreMessages.cpp" line="47" />
        <source>Searched the first %1 words; %n more were left out.</source>
        <translation><numerusform>Alleen de eerste %1 woorden gezocht; %n woord is weggelaten.</numerusform><numerusform>Alleen de eerste %1 woorden gezocht; %n woorden zijn weggelaten.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="58" />
        <source>%1: no letter or digit to look for, left out.</source>
        <translation>%1: geen letter of cijfer om naar te zoeken, weggelaten.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="65" />
        <source>The file is not valid XML (the error is at byte %1).</source>
        <translation>Het bestand is geen geldige XML (de fout staat bij byte %1).</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="66" />
        <source>The file is XML but holds no &lt;opml&gt;&lt;body&gt;: it is no list of feeds.</source>
        <translation>Het bestand is XML, maar zonder &lt;opml&gt;&lt;body&gt;: het is geen lijst met feeds.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="72" />
        <source>The feed "%1" holds outlines of its own; they were imported %2.</source>
        <translation>De feed "%1" bevat zelf outlines; die zijn %2 geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="75" />
        <source>The folder "%1" is nested deeper than %2 folders; its feeds were imported %3.</source>
        <translation>De map "%1" zit dieper dan %2 mappen; de feeds erin zijn %3 geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="80" />
        <source>"%1" has no feed address (xmlUrl), so Heraut cannot follow it; skipped.</source>
        <translation>"%1" heeft geen feedadres (xmlUrl), dus Heraut kan het niet volgen; overgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/CoreMessages.cpp" line="85" />
        <source>And %n more note(s) like these.</source>
        <translation><numerusform>En nog %n zo'n opmerking.</numerusform><numerusform>En nog %n van zulke opmerkingen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="92" />
        <source>The address is empty.</source>
        <translation>Het adres is leeg.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="94" />
        <source>The address contains spaces or control characters.</source>
        <translation>Het adres bevat spaties of stuurtekens.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="96" />
        <source>The address contains the character %1.</source>
        <translation>Het adres bevat het teken %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="98" />
        <source>This is no web address: it needs http:// or https://.</source>
        <translation>Dit is geen webadres: het moet met http:// of https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="100" />
        <source>Only http and https feeds can be fetched (not %1:).</source>
        <translation>Alleen http- en https-feeds kunnen worden opgehaald (geen %1:).</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="102" />
        <source>The address has no valid IPv6 address.</source>
        <translation>Het adres bevat geen geldig IPv6-adres.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="105" />
        <source>The address has no valid server name.</source>
        <translation>Het adres bevat geen geldige servernaam.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="107" />
        <source>The address has a colon with no port number after it.</source>
        <translation>In het adres staat geen poortnummer na de dubbele punt.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="109" />
        <source>The address has no server name.</source>
        <translation>Het adres bevat geen servernaam.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="113" />
        <source>The address has no valid port number.</source>
        <translation>Het adres bevat geen geldig poortnummer.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="127" />
        <source>Heraut's news cache did not do what was asked.</source>
        <translation>De nieuwscache van Heraut deed niet wat er gevraagd werd.</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="133" />
        <source>The server</source>
        <translation>De server</translation>
    </message>
    <message>
        <location filename="../../src/app/CoreMessages.cpp" line="139" />
        <source>Heraut ran into a problem it has no words for. Details: %1</source>
        <translation>Heraut stuitte op een onbekend probleem. Details: %1</translation>
    </message>
</context>
<context>
    <name>EmptyListText</name>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="16" />
        <location filename="../../src/app/EmptyListText.cpp" line="19" />
        <source>No unread articles: you have read everything.</source>
        <translation>Geen ongelezen artikelen: u hebt alles gelezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="17" />
        <source>No articles yet. Add a feed, or refresh to fetch the news.</source>
        <translation>Nog geen artikelen. Voeg een feed toe, of ververs om het nieuws op te halen.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="21" />
        <source>No unread starred articles.</source>
        <translation>Geen ongelezen artikelen met ster.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="22" />
        <source>No starred articles yet. Star an article to keep it here.</source>
        <translation>Nog geen artikelen met ster. Geef een artikel een ster om het hier te bewaren.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="24" />
        <source>No unread articles in the folder %1.</source>
        <translation>Geen ongelezen artikelen in de map %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="25" />
        <source>No articles in the folder %1 yet.</source>
        <translation>Nog geen artikelen in de map %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="27" />
        <source>No unread articles from %1.</source>
        <translation>Geen ongelezen artikelen van %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="28" />
        <source>No articles from %1 yet.</source>
        <translation>Nog geen artikelen van %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="30" />
        <source>No unread articles match the watch-list %1.</source>
        <translation>Geen ongelezen artikelen in de volglijst %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="31" />
        <source>No articles match the watch-list %1 yet.</source>
        <translation>Nog geen artikelen in de volglijst %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="35" />
        <source>No articles yet.</source>
        <translation>Nog geen artikelen.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="42" />
        <location filename="../../src/app/EmptyListText.cpp" line="45" />
        <source>No unread stories: you have read everything.</source>
        <translation>Geen ongelezen verhalen: u hebt alles gelezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="43" />
        <source>No stories yet. Add a feed, or refresh to fetch the news.</source>
        <translation>Nog geen verhalen. Voeg een feed toe, of ververs om het nieuws op te halen.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="47" />
        <source>No unread stories with a starred article.</source>
        <translation>Geen ongelezen verhalen met een artikel met ster.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="48" />
        <source>No stories with a starred article yet.</source>
        <translation>Nog geen verhalen met een artikel met ster.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="50" />
        <source>No unread stories in the folder %1.</source>
        <translation>Geen ongelezen verhalen in de map %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="51" />
        <source>No stories in the folder %1 yet.</source>
        <translation>Nog geen verhalen in de map %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="53" />
        <source>No unread stories from %1.</source>
        <translation>Geen ongelezen verhalen van %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="54" />
        <source>No stories from %1 yet.</source>
        <translation>Nog geen verhalen van %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="56" />
        <source>No unread stories match the watch-list %1.</source>
        <translation>Geen ongelezen verhalen in de volglijst %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="57" />
        <source>No stories match the watch-list %1 yet.</source>
        <translation>Nog geen verhalen in de volglijst %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="61" />
        <source>No stories yet.</source>
        <translation>Nog geen verhalen.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="69" />
        <location filename="../../src/app/EmptyListText.cpp" line="86" />
        <source>No unread articles match the search.</source>
        <translation>Geen ongelezen artikelen gevonden.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="71" />
        <source>No unread starred articles match the search.</source>
        <translation>Geen ongelezen artikelen met ster gevonden.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="73" />
        <source>No unread articles in the folder %1 match the search.</source>
        <translation>Geen ongelezen artikelen gevonden in de map %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="75" />
        <source>No unread articles from %1 match the search.</source>
        <translation>Geen ongelezen artikelen van %1 gevonden.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="77" />
        <source>No unread articles of the watch-list %1 match the search.</source>
        <translation>Geen ongelezen artikelen gevonden in de volglijst %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="84" />
        <location filename="../../src/app/EmptyListText.cpp" line="98" />
        <source>No articles match the search.</source>
        <translation>Geen artikelen gevonden.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="88" />
        <source>No starred articles match the search.</source>
        <translation>Geen artikelen met ster gevonden.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="90" />
        <source>No articles in the folder %1 match the search.</source>
        <translation>Geen artikelen gevonden in de map %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="92" />
        <source>No articles from %1 match the search.</source>
        <translation>Geen artikelen van %1 gevonden.</translation>
    </message>
    <message>
        <location filename="../../src/app/EmptyListText.cpp" line="94" />
        <source>No articles of the watch-list %1 match the search.</source>
        <translation>Geen artikelen gevonden in de volglijst %1.</translation>
    </message>
</context>
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
    <name>FullArticlesSetting</name>
    <message>
        <location filename="../../src/app/FullArticlesSetting.cpp" line="21" />
        <source>Always fetch the web page</source>
        <translation>Altijd de webpagina ophalen</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticlesSetting.cpp" line="23" />
        <source>Never: the feed's text only</source>
        <translation>Nooit: alleen de tekst uit de feed</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticlesSetting.cpp" line="27" />
        <source>Automatic: when the feed sends excerpts</source>
        <translation>Automatisch: als de feed alleen inleidingen stuurt</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticlesSetting.cpp" line="33" />
        <source>Heraut could not read the feed's full-article setting.</source>
        <translation>Heraut kon de instelling voor volledige artikelen van de feed niet lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticlesSetting.cpp" line="35" />
        <source>Full articles</source>
        <translation>Volledige artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticlesSetting.cpp" line="45" />
        <source>Heraut could not save the feed's full-article setting.</source>
        <translation>Heraut kon de instelling voor volledige artikelen van de feed niet bewaren.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/app/FileDialogs.cpp" line="24" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../src/app/FileDialogs.cpp" line="27" />
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../src/app/FileDialogs.cpp" line="29" />
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1-bestand</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/app/AccountNodes.cpp" line="19" />
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/app/Startup.cpp" line="36" />
        <source>Usage: heraut [--db FILE]
  --db FILE     the news cache to open (default: HERAUT_DB, else ~/.local/share/heraut/heraut.sqlite)
  -h, --help    this text
  -v, --version Heraut's version</source>
        <translation>Gebruik: heraut [--db BESTAND]
  --db BESTAND  de nieuwscache om te openen (standaard: HERAUT_DB, anders ~/.local/share/heraut/heraut.sqlite)
  -h, --help    deze tekst
  -v, --version de versie van Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/Startup.cpp" line="54" />
        <source>Heraut does not know the option %1.</source>
        <translation>Heraut kent de optie %1 niet.</translation>
    </message>
    <message>
        <location filename="../../src/app/Startup.cpp" line="59" />
        <source>Heraut opens no file or address given this way: %1.</source>
        <translation>Heraut opent geen bestand of adres dat zo wordt meegegeven: %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/Startup.cpp" line="92" />
        <source>Heraut could not add its default feeds.</source>
        <translation>Heraut kon de standaardfeeds niet toevoegen.</translation>
    </message>
    <message>
        <location filename="../../src/app/Startup.cpp" line="97" />
        <source>Heraut could not open its window.</source>
        <translation>Heraut kon het venster niet openen.</translation>
    </message>
</context>
<context>
    <name>SyncErrorText</name>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="14" />
        <source>%1 refused the user name or password. FreshRSS and Miniflux want the API password set in their settings, not the one for the website.</source>
        <translation>%1 heeft de gebruikersnaam of het wachtwoord geweigerd. FreshRSS en Miniflux vragen het API-wachtwoord uit hun eigen instellingen, niet het wachtwoord van de website.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="18" />
        <source>%1 accepted the login, but its API is switched off for this user. Switch it on in the server's settings.</source>
        <translation>%1 accepteert de aanmelding, maar de API staat voor deze gebruiker uit. Zet de API aan in de instellingen van de server.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="24" />
        <source>%1 cannot be reached. %2</source>
        <translation>%1 is niet bereikbaar. %2</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="25" />
        <source>%1 cannot be reached: you are offline, or the server is down.</source>
        <translation>%1 is niet bereikbaar: u bent offline, of de server ligt plat.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="27" />
        <source>The security certificate of %1 could not be verified, so Heraut sent nothing to it.</source>
        <translation>Het beveiligingscertificaat van %1 kon niet worden gecontroleerd; Heraut heeft er niets naartoe gestuurd.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="31" />
        <source>%1 does not answer as this kind of server does. Check the server kind and the address (FreshRSS: …/api/greader.php).</source>
        <translation>%1 antwoordt niet zoals dit soort server. Controleer het soort server en het adres (FreshRSS: …/api/greader.php).</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="35" />
        <source>%1 reported an error of its own. Heraut tries again at the next sync.</source>
        <translation>%1 meldde een eigen fout. Heraut probeert het opnieuw bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="38" />
        <source>No password is stored for %1. Remove the account and add it again with its password.</source>
        <translation>Voor %1 is geen wachtwoord bewaard. Verwijder het account en voeg het opnieuw toe met het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="42" />
        <location filename="../../src/app/SyncErrorText.cpp" line="80" />
        <source>%1 refused a change; it was left out.</source>
        <translation>%1 weigerde een wijziging; die is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="44" />
        <source>The sync with %1 was stopped.</source>
        <translation>De synchronisatie met %1 is gestopt.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="48" />
        <source>The sync with %1 failed. Heraut tries again at the next sync.</source>
        <translation>De synchronisatie met %1 is mislukt. Heraut probeert het opnieuw bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="59" />
        <source>What %1 sent could not be saved. %2</source>
        <translation>Wat %1 stuurde, kon niet worden opgeslagen. %2</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="68" />
        <source>%1 would not subscribe to %2; perhaps it is no feed the server can read.</source>
        <translation>%1 wilde zich niet abonneren op %2; misschien is het geen feed die de server kan lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="71" />
        <source>%1 did not remove a feed: the server no longer has it.</source>
        <translation>%1 heeft een feed niet verwijderd: de server heeft die niet meer.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="73" />
        <source>%1 did not rename a feed: rename it on the server itself.</source>
        <translation>%1 heeft een feed niet hernoemd: hernoem die op de server zelf.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="75" />
        <source>%1 did not move a feed to another folder: move it on the server itself.</source>
        <translation>%1 heeft een feed niet naar een andere map verplaatst: verplaats die op de server zelf.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="87" />
        <source>logging in</source>
        <translation>aanmelden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/SyncErrorText.cpp" line="89" />
        <source>sending %n change(s)</source>
        <translation><numerusform>%n wijziging versturen</numerusform><numerusform>%n wijzigingen versturen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="91" />
        <source>reading the subscriptions</source>
        <translation>abonnementen ophalen</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="93" />
        <source>listing the articles</source>
        <translation>artikellijst ophalen</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="95" />
        <source>articles %1 of %2</source>
        <translation>artikelen %1 van %2</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncErrorText.cpp" line="99" />
        <source>read and starred marks</source>
        <translation>gelezen- en sterrenmarkeringen</translation>
    </message>
</context>
<context>
    <name>WatchListNames</name>
    <message>
        <location filename="../../src/app/WatchListNames.cpp" line="38" />
        <source>Air defence</source>
        <translation>Luchtverdediging</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListNames.cpp" line="40" />
        <source>Ukraine</source>
        <translation>Oekraïne</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListNames.cpp" line="42" />
        <source>Navy</source>
        <translation>Marine</translation>
    </message>
</context>
<context>
    <name>heraut::app::AccountsPage</name>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="69" />
        <source>Server kind</source>
        <translation>Soort server</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="71" />
        <source>https://rss.example.org/api/greader.php</source>
        <translation>https://rss.example.org/api/greader.php</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="72" />
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="74" />
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="78" />
        <source>Kept in the desktop keyring, or else in a file only you can read; never in the news cache. FreshRSS and Miniflux want the API password set in their settings.</source>
        <translation>Bewaard in de sleutelbos van het bureaublad, anders in een bestand dat alleen u kunt lezen; nooit in de nieuwscache. FreshRSS en Miniflux willen het API-wachtwoord dat u daar in de instellingen hebt gekozen.</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="80" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="83" />
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="84" />
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="85" />
        <location filename="../../src/app/AccountsPage.cpp" line="101" />
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="102" />
        <source>Remove %1 from Heraut? Its feeds and articles are removed here; on the server they stay.</source>
        <translation>%1 uit Heraut verwijderen? De feeds en artikelen ervan verdwijnen hier; op de server blijven ze bestaan.</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="120" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="138" />
        <source>the cause was not kept; the next sync tells it again.</source>
        <translation>de oorzaak is niet bewaard; de volgende synchronisatie meldt die opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="139" />
        <source>Last sync failed: %1</source>
        <translation>Laatste synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="128" />
        <source>Could not read the accounts: %1</source>
        <translation>De accounts konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="160" />
        <source>Give the server's address, your user name and your password.</source>
        <translation>Geef het adres van de server, uw gebruikersnaam en uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="169" />
        <source>This account is already in Heraut.</source>
        <translation>Dit account staat al in Heraut.</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="182" />
        <source>Could not add the account: %1</source>
        <translation>Het account kon niet worden toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="186" />
        <source>Account added; it syncs in the background.</source>
        <translation>Account toegevoegd; het synchroniseert op de achtergrond.</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="199" />
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="206" />
        <source>Connected: the server accepted the user name and password.</source>
        <translation>Verbonden: de server aanvaardde de gebruikersnaam en het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="236" />
        <source>Could not remove the account: %1</source>
        <translation>Het account kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/AccountsPage.cpp" line="239" />
        <source>Account removed from Heraut; it stays on the server.</source>
        <translation>Account uit Heraut verwijderd; op de server blijft het bestaan.</translation>
    </message>
</context>
<context>
    <name>heraut::app::AddFeedDialog</name>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="20" />
        <source>Add feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="22" />
        <location filename="../../src/app/AddFeedDialog.cpp" line="40" />
        <source>The feed's own title</source>
        <translation>De eigen titel van de feed</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="24" />
        <source>(no folder)</source>
        <translation>(geen map)</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="28" />
        <source>Feed or web page address:</source>
        <translation>Adres van de feed of webpagina:</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="29" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="30" />
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="31" />
        <source>Full articles:</source>
        <translation>Volledige artikelen:</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="32" />
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="33" />
        <source>Subscribe in:</source>
        <translation>Abonneren in:</translation>
    </message>
    <message>
        <location filename="../../src/app/AddFeedDialog.cpp" line="41" />
        <source>The server names the feed</source>
        <translation>De server geeft de feed zijn naam</translation>
    </message>
</context>
<context>
    <name>heraut::app::ArticleContextMenu</name>
    <message>
        <location filename="../../src/app/ArticleContextMenu.cpp" line="57" />
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleContextMenu.cpp" line="58" />
        <source>Copy link</source>
        <translation>Link kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleContextMenu.cpp" line="72" />
        <source>Mark as unread</source>
        <translation>Als ongelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleContextMenu.cpp" line="72" />
        <source>Mark as read</source>
        <translation>Als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleContextMenu.cpp" line="79" />
        <source>Remove star</source>
        <translation>Ster weghalen</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleContextMenu.cpp" line="79" />
        <source>Star</source>
        <translation>Ster geven</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleContextMenu.cpp" line="84" />
        <source>Mark older as read</source>
        <translation>Oudere als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleContextMenu.cpp" line="88" />
        <source>Mute articles like this…</source>
        <translation>Artikelen zoals dit negeren…</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleContextMenu.cpp" line="93" />
        <source>Fetch full article</source>
        <translation>Volledig artikel ophalen</translation>
    </message>
</context>
<context>
    <name>heraut::app::ArticleListModel</name>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="70" />
        <source>Heraut could not read the article list from its news cache.</source>
        <translation>Heraut kon de artikellijst niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="216" />
        <source>The search failed.</source>
        <translation>Het zoeken is mislukt.</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="397" />
        <source>The full article is stored for reading offline.</source>
        <translation>Het volledige artikel is bewaard om offline te lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="423" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="425" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleListModel.cpp" line="427" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>heraut::app::ArticleView</name>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="169" />
        <source>Key takeaways</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="150" />
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="119" />
        <source>From the web page (fetched %1)</source>
        <translation>Van de webpagina (opgehaald %1)</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="120" />
        <source>From the feed</source>
        <translation>Uit de feed</translation>
    </message>
    <message>
        <location filename="../../src/app/ArticleView.cpp" line="153" />
        <source>Load images</source>
        <translation>Afbeeldingen laden</translation>
    </message>
</context>
<context>
    <name>heraut::app::BriefingPage</name>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="54" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="55" />
        <source>Last 24 hours</source>
        <translation>Afgelopen 24 uur</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="56" />
        <source>Since the last briefing</source>
        <translation>Sinds de vorige briefing</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="63" />
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="65" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="69" />
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="82" />
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="177" />
        <location filename="../../src/app/BriefingPage.cpp" line="178" />
        <source>Building the briefing…</source>
        <translation>De briefing wordt samengesteld…</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="202" />
        <source>Heraut could not read the briefing from its news cache: %1</source>
        <translation>Heraut kon de briefing niet uit de nieuwscache lezen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="255" />
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 bestaat al. Wilt u het vervangen?</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="264" />
        <source>Briefing exported to %1.</source>
        <translation>Briefing geëxporteerd naar %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/BriefingPage.cpp" line="190" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artikel</numerusform><numerusform>%n artikelen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="57" />
        <source>Since a date and time</source>
        <translation>Sinds datum en tijd</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="208" />
        <source>%1 is Heraut's news cache: choose another file.</source>
        <translation>%1 is de nieuwscache van Heraut: kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="216" />
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="230" />
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="235" />
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="235" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="236" />
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/app/BriefingPage.cpp" line="242" />
        <location filename="../../src/app/BriefingPage.cpp" line="254" />
        <location filename="../../src/app/BriefingPage.cpp" line="262" />
        <source>Export the briefing</source>
        <translation>Briefing exporteren</translation>
    </message>
</context>
<context>
    <name>heraut::app::CacheUpgradeDialog</name>
    <message>
        <location filename="../../src/app/CacheUpgradeDialog.cpp" line="34" />
        <source>Heraut is upgrading its news cache</source>
        <translation>Heraut werkt de nieuwscache bij</translation>
    </message>
    <message>
        <location filename="../../src/app/CacheUpgradeDialog.cpp" line="35" />
        <source>This version of Heraut keeps the news cache in a new form. The upgrade happens once and can take a minute for a large cache.</source>
        <translation>Deze versie van Heraut bewaart de nieuwscache in een nieuwe vorm. Het bijwerken gebeurt één keer en kan bij een grote cache een minuut duren.</translation>
    </message>
    <message>
        <location filename="../../src/app/CacheUpgradeDialog.cpp" line="43" />
        <source>Stopping loses nothing: Heraut quits, and the cache is upgraded at the next start.</source>
        <translation>Stoppen kost niets: Heraut sluit af en werkt de cache bij de volgende start bij.</translation>
    </message>
    <message>
        <location filename="../../src/app/CacheUpgradeDialog.cpp" line="57" />
        <source>Stop and quit</source>
        <translation>Stoppen en afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/app/CacheUpgradeDialog.cpp" line="97" />
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../../src/app/CacheUpgradeDialog.cpp" line="103" />
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>heraut::app::DatabaseRescueDialog</name>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="56" />
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="57" />
        <source>Repair</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="58" />
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="59" />
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="60" />
        <source>Open Heraut</source>
        <translation>Heraut openen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="61" />
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="86" />
        <source>Heraut cannot open its news cache</source>
        <translation>Heraut kan de nieuwscache niet openen</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="90" />
        <source>The file is damaged: part of it is not what SQLite wrote there (a disk error, or a crash while it was copied, can do this). Check examines the whole file. Repair copies everything that can still be read (feeds, folders, articles, read and star marks) into a new file and keeps the damaged one beside it. Open read-only shows what can be read and changes nothing.</source>
        <translation>Het bestand is beschadigd: een deel ervan is niet wat SQLite er schreef (een schijffout, of een crash tijdens het kopiëren, kan dat doen). Controleren onderzoekt het hele bestand. Herstellen kopieert alles wat nog leesbaar is (feeds, mappen, artikelen, gelezen en ster) naar een nieuw bestand en bewaart het beschadigde ernaast. Alleen-lezen openen toont wat leesbaar is en verandert niets.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="97" />
        <source>Another program holds the file locked: a refresh by heraut-cli, or another Heraut. Wait for it to finish and try again, or open the file read-only.</source>
        <translation>Een ander programma houdt het bestand vergrendeld: een verversing door heraut-cli, of een andere Heraut. Wacht tot het klaar is en probeer het opnieuw, of open het bestand alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="101" />
        <source>The file or its folder cannot be written. Open it read-only to read your news (read marks are then not saved), or make it writable and try again.</source>
        <translation>Het bestand of de map kan niet worden beschreven. Open het alleen-lezen om uw nieuws te lezen (wat u leest wordt dan niet bewaard), of maak het beschrijfbaar en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="105" />
        <source>The disk is full. Free some space and try again.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="108" />
        <source>A newer version of Heraut wrote this file; this version cannot read it. Use the newer version.</source>
        <translation>Een nieuwere versie van Heraut heeft dit bestand geschreven; deze versie kan het niet lezen. Gebruik de nieuwere versie.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="112" />
        <source>The file could not be opened. Check that the disk is attached and that the folder is yours, then try again.</source>
        <translation>Het bestand kon niet worden geopend. Controleer of de schijf aangesloten is en de map van u is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="117" />
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="134" />
        <source>Page %1 of the file is damaged.</source>
        <translation>Pagina %1 van het bestand is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="135" />
        <source>A page of the file is damaged.</source>
        <translation>Een pagina van het bestand is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="137" />
        <source>The index %1 does not match its table; repair builds it anew.</source>
        <translation>De index %1 klopt niet met zijn tabel; herstellen bouwt hem opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="139" />
        <source>A row of the table %1 breaks the table's rules.</source>
        <translation>Een rij van de tabel %1 breekt de regels van de tabel.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="142" />
        <source>The file cannot be read. %1</source>
        <translation>Het bestand is niet leesbaar. %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="143" />
        <source>The file cannot be read.</source>
        <translation>Het bestand is niet leesbaar.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="147" />
        <source>SQLite found a problem of another kind.</source>
        <translation>SQLite vond een probleem van een andere soort.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="151" />
        <source>Check: SQLite finds no damage in the file. Try opening it again.</source>
        <translation>Controle: SQLite vindt geen schade in het bestand. Probeer het opnieuw te openen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="154" />
        <source>Check: SQLite found %n problem(s) in the file. Repair keeps what can be read.</source>
        <translation><numerusform>Controle: SQLite vond %n probleem in het bestand. Herstellen bewaart wat leesbaar is.</numerusform><numerusform>Controle: SQLite vond %n problemen in het bestand. Herstellen bewaart wat leesbaar is.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="159" />
        <source>And %n more.</source>
        <translation><numerusform>En nog %n.</numerusform><numerusform>En nog %n.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="180" />
        <source>Recovered feed</source>
        <translation>Herstelde feed</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="185" />
        <source>Repaired. Recovered %1 and %2 (%3 read, %4 starred).</source>
        <translation>Hersteld. %1 en %2 teruggehaald (%3 gelezen, %4 met ster).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="186" />
        <source>%n feed(s)</source>
        <translation><numerusform>%n feed</numerusform><numerusform>%n feeds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="186" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artikel</numerusform><numerusform>%n artikelen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="189" />
        <source>The damaged file is kept as %1.</source>
        <translation>Het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="193" />
        <source>%n article(s) lost their text; the next refresh fetches what the feeds still carry.</source>
        <translation><numerusform>%n artikel is zijn tekst kwijt; de volgende verversing haalt op wat de feeds nog aanbieden.</numerusform><numerusform>%n artikelen zijn hun tekst kwijt; de volgende verversing haalt op wat de feeds nog aanbieden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="197" />
        <source>%n article(s) lost their read and star marks and show as unread.</source>
        <translation><numerusform>%n artikel is zijn markeringen (gelezen, ster) kwijt en staat als ongelezen.</numerusform><numerusform>%n artikelen zijn hun markeringen (gelezen, ster) kwijt en staan als ongelezen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="200" />
        <source>%n feed(s) were lost; their articles are kept under "Recovered feed".</source>
        <translation><numerusform>%n feed is verloren; zijn artikelen staan onder "Herstelde feed".</numerusform><numerusform>%n feeds zijn verloren; hun artikelen staan onder "Herstelde feed".</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="191" />
        <source>Some rows could not be read and are lost.</source>
        <translation>Sommige rijen waren onleesbaar en zijn verloren.</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="171" />
        <source>Check failed: %1</source>
        <translation>Controle mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="216" />
        <source>Repair failed: %1</source>
        <translation>Herstellen mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="222" />
        <source>Heraut repaired its news cache</source>
        <translation>Heraut heeft de nieuwscache hersteld</translation>
    </message>
</context>
<context>
    <name>heraut::app::FailedFeedsPanel</name>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="25" />
        <source>Failing feeds</source>
        <translation>Mislukte feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="36" />
        <source>Retry all</source>
        <translation>Alles opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="63" />
        <source>No feed is failing: every feed loaded.</source>
        <translation>Geen enkele feed mislukt: alle feeds zijn geladen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="77" />
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="79" />
        <source>Edit URL…</source>
        <translation>Adres wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="81" />
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="102" />
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="127" />
        <source>Heraut could not read the feed from its news cache.</source>
        <translation>Heraut kon de feed niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="107" />
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="116" />
        <source>Edit feed address</source>
        <translation>Adres van de feed wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="107" />
        <source>Feed address:</source>
        <translation>Adres van de feed:</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="112" />
        <source>Heraut could not change the feed's address.</source>
        <translation>Heraut kon het adres van de feed niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="117" />
        <source>You already subscribe to %1.</source>
        <translation>U bent al geabonneerd op %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="131" />
        <source>Remove feed</source>
        <translation>Feed verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="132" />
        <source>Remove "%1" and its cached articles?</source>
        <translation>"%1" en de bewaarde artikelen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../src/app/FailedFeedsPanel.cpp" line="136" />
        <source>Heraut could not remove the feed.</source>
        <translation>Heraut kon de feed niet verwijderen.</translation>
    </message>
</context>
<context>
    <name>heraut::app::FeedActions</name>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="57" />
        <source>Refresh</source>
        <translation>Verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="65" />
        <source>Mark all read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="75" />
        <location filename="../../src/app/FeedActions.cpp" line="101" />
        <source>Open site</source>
        <translation>Website openen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="81" />
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="84" />
        <source>Rename feed</source>
        <translation>Feed hernoemen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="84" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="87" />
        <source>Heraut could not rename the feed.</source>
        <translation>Heraut kon de feed niet hernoemen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="91" />
        <source>Move to folder…</source>
        <translation>Naar map verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="183" />
        <source>(no folder)</source>
        <translation>(geen map)</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="191" />
        <source>Move feed</source>
        <translation>Feed verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="192" />
        <source>Folder (or type a new one):</source>
        <translation>Map (of typ een nieuwe):</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="209" />
        <source>Heraut could not move the feed.</source>
        <translation>Heraut kon de feed niet verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="93" />
        <source>Always load images</source>
        <translation>Afbeeldingen altijd laden</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="97" />
        <source>Heraut could not save the image setting of the feed.</source>
        <translation>Heraut kon de afbeeldingsinstelling van de feed niet bewaren.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="105" />
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="106" />
        <source>Remove feed</source>
        <translation>Feed verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="107" />
        <source>Remove "%1" and its cached articles?</source>
        <translation>"%1" en de bewaarde artikelen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="111" />
        <source>Heraut could not remove the feed.</source>
        <translation>Heraut kon de feed niet verwijderen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="156" />
        <source>Looking for feeds at %1…</source>
        <translation>Feeds zoeken op %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="168" />
        <source>Heraut could not look for feeds at this address.</source>
        <translation>Heraut kon op dit adres niet naar feeds zoeken.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="176" />
        <location filename="../../src/app/FeedActions.cpp" line="227" />
        <location filename="../../src/app/FeedActions.cpp" line="260" />
        <source>Add feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="227" />
        <source>This page offers several feeds:</source>
        <translation>Deze pagina biedt meerdere feeds:</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="253" />
        <source>Heraut could not add the feed.</source>
        <translation>Heraut kon de feed niet toevoegen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/FeedActions.cpp" line="263" />
        <source>Added %1: %n article(s).</source>
        <translation><numerusform>%1 toegevoegd: %n artikel.</numerusform><numerusform>%1 toegevoegd: %n artikelen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="273" />
        <location filename="../../src/app/FeedActions.cpp" line="293" />
        <location filename="../../src/app/FeedActions.cpp" line="299" />
        <location filename="../../src/app/FeedActions.cpp" line="306" />
        <source>Import OPML</source>
        <translation>OPML importeren</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="274" />
        <source>OPML files (*.opml *.xml)</source>
        <translation>OPML-bestanden (*.opml *.xml)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/FeedActions.cpp" line="280" />
        <source>%n feed(s) added.</source>
        <translation><numerusform>%n feed toegevoegd.</numerusform><numerusform>%n feeds toegevoegd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="286" />
        <source>Not imported: %1 (%2): %3</source>
        <translation>Niet geïmporteerd: %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="295" />
        <location filename="../../src/app/FeedActions.cpp" line="307" />
        <source>Heraut could not import the OPML file.</source>
        <translation>Heraut kon het OPML-bestand niet importeren.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="300" />
        <source>%1 is not an OPML file: nothing was imported.</source>
        <translation>%1 is geen OPML-bestand: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="312" />
        <location filename="../../src/app/FeedActions.cpp" line="317" />
        <location filename="../../src/app/FeedActions.cpp" line="327" />
        <source>Export OPML</source>
        <translation>OPML exporteren</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="314" />
        <source>OPML files (*.opml)</source>
        <translation>OPML-bestanden (*.opml)</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="318" />
        <source>%1 is Heraut's news cache: choose another file.</source>
        <translation>%1 is de nieuwscache van Heraut: kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="328" />
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedActions.cpp" line="331" />
        <source>Feeds exported to %1.</source>
        <translation>Feeds geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>heraut::app::FeedTreeModel</name>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="131" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="157" />
        <source>All articles</source>
        <translation>Alle artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="132" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="158" />
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="133" />
        <location filename="../../src/app/FeedTreeModel.cpp" line="159" />
        <source>Starred</source>
        <translation>Met ster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/FeedTreeModel.cpp" line="170" />
        <source>Watch-list: %1
%n article(s)</source>
        <translation><numerusform>Volglijst: %1
%n artikel</numerusform><numerusform>Volglijst: %1
%n artikelen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="173" />
        <source>Stored as: %1</source>
        <translation>Opgeslagen als: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="182" />
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="184" />
        <source>The day's stories on one page, to read, export or print</source>
        <translation>Het nieuws van de dag op één pagina, om te lezen, te exporteren of af te drukken</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="209" />
        <source>Last refresh failed: %1</source>
        <translation>Laatste verversing mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/FeedTreeModel.cpp" line="211" />
        <source>Disabled: not refreshed any more</source>
        <translation>Uitgeschakeld: wordt niet meer ververst</translation>
    </message>
</context>
<context>
    <name>heraut::app::FullArticleFetch</name>
    <message>
        <location filename="../../src/app/FullArticleFetch.cpp" line="18" />
        <source>The full article is stored: it can be read offline.</source>
        <translation>Het volledige artikel is bewaard: het is ook offline te lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticleFetch.cpp" line="20" />
        <source>The web page has not changed since it was stored.</source>
        <translation>De webpagina is niet veranderd sinds ze bewaard werd.</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticleFetch.cpp" line="22" />
        <source>The web page holds no article to read.</source>
        <translation>De webpagina bevat geen artikel om te lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticleFetch.cpp" line="51" />
        <source>The full article could not be fetched.</source>
        <translation>Het volledige artikel kon niet worden opgehaald.</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticleFetch.cpp" line="26" />
        <source>The full article could not be fetched: %1</source>
        <translation>Het volledige artikel kon niet worden opgehaald: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/FullArticleFetch.cpp" line="48" />
        <source>The full article could not be stored.</source>
        <translation>Het volledige artikel kon niet worden bewaard.</translation>
    </message>
</context>
<context>
    <name>heraut::app::ListNotice</name>
    <message>
        <location filename="../../src/app/ListNotice.cpp" line="58" />
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../src/app/ListNotice.cpp" line="62" />
        <source>%1 could not be loaded: %2</source>
        <translation>%1 kon niet worden geladen: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/ListNotice.cpp" line="62" />
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>heraut::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="90" />
        <source>%n mark(s) wait to be saved.</source>
        <translation><numerusform>%n markering wacht om bewaard te worden.</numerusform><numerusform>%n markeringen wachten om bewaard te worden.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="92" />
        <source>Your marks are saved.</source>
        <translation>Uw markeringen zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="115" />
        <source>Heraut could not move the per-feed image settings into its news cache; it tries again at the next start.</source>
        <translation>Heraut kon de afbeeldingsinstellingen per feed niet naar de nieuwscache overzetten; dat wordt bij de volgende start opnieuw geprobeerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="143" />
        <source>Refreshing %n feed(s)…</source>
        <translation><numerusform>%n feed verversen…</numerusform><numerusform>%n feeds verversen…</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="149" />
        <source>Refreshing: %1 of %2 (%3)</source>
        <translation>Verversen: %1 van %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="154" />
        <source>The refresh could not use the news cache.</source>
        <translation>Het verversen kon de nieuwscache niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="159" />
        <source>Opened read-only: nothing you change is saved.</source>
        <translation>Alleen-lezen geopend: wat u verandert wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="188" />
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="213" />
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="238" />
        <location filename="../../src/app/MainWindow.cpp" line="664" />
        <source>Fetching the full article…</source>
        <translation>Het volledige artikel wordt opgehaald…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="255" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="261" />
        <source>Heraut could not remember to load this article's images.</source>
        <translation>Heraut kon niet onthouden dat de afbeeldingen van dit artikel geladen mogen worden.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="306" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="336" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="337" />
        <source>&amp;Add feed…</source>
        <translation>Feed &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="340" />
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="341" />
        <source>&amp;Export OPML…</source>
        <translation>OPML &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="343" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="345" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="347" />
        <source>&amp;Articles</source>
        <translation>&amp;Artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="348" />
        <source>Refresh all</source>
        <translation>Alles verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="349" />
        <location filename="../../src/app/MainWindow.cpp" line="862" />
        <source>Mark all read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="350" />
        <location filename="../../src/app/MainWindow.cpp" line="863" />
        <source>Undo mark all read</source>
        <translation>Alles gelezen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="353" />
        <source>New watch-list…</source>
        <translation>Nieuwe volglijst…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="355" />
        <source>Only unread</source>
        <translation>Alleen ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="375" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="376" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="377" />
        <source>&amp;About Heraut</source>
        <translation>&amp;Over Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="378" />
        <source>About Heraut</source>
        <translation>Over Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="379" />
        <source>Heraut %1: Dutch and Flemish defence news, offline.</source>
        <translation>Heraut %1: Nederlands en Vlaams defensienieuws, ook offline.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="383" />
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="397" />
        <source>Search articles (/)</source>
        <translation>Artikelen zoeken (/)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="451" />
        <source>Heraut could not read the feed list from its news cache.</source>
        <translation>Heraut kon de feedlijst niet uit de nieuwscache lezen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="472" />
        <source>%n feed(s) failing</source>
        <translation><numerusform>%n feed mislukt</numerusform><numerusform>%n feeds mislukt</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="483" />
        <location filename="../../src/app/MainWindow.cpp" line="505" />
        <location filename="../../src/app/MainWindow.cpp" line="540" />
        <source>Select an article to read it.</source>
        <translation>Kies een artikel om het te lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="517" />
        <source>Heraut could not read this article from its news cache.</source>
        <translation>Heraut kon dit artikel niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="545" />
        <source>No web browser could be started to open %1. Set a default browser in the desktop's settings.</source>
        <translation>Er kon geen webbrowser worden gestart om %1 te openen. Kies een standaardbrowser in de instellingen van uw bureaublad.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="563" />
        <source>Heraut could not remove old articles from its news cache; they stay until a later refresh can.</source>
        <translation>Heraut kon oude artikelen niet uit de nieuwscache verwijderen; ze blijven tot een latere verversing het kan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="570" />
        <source>%n article(s) could not be stored; the next refresh fetches them again.</source>
        <translation><numerusform>%n artikel kon niet worden bewaard; de volgende verversing haalt het opnieuw op.</numerusform><numerusform>%n artikelen konden niet worden bewaard; de volgende verversing haalt ze opnieuw op.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="660" />
        <source>Opened read-only: fetching is off.</source>
        <translation>Alleen-lezen geopend: ophalen staat uit.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="682" />
        <source>Heraut could not mark these articles read; nothing was changed.</source>
        <translation>Heraut kon deze artikelen niet als gelezen markeren; er is niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="692" />
        <source>%n article(s) marked read.</source>
        <translation><numerusform>%n artikel als gelezen gemarkeerd.</numerusform><numerusform>%n artikelen als gelezen gemarkeerd.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="700" />
        <source>%n article(s) marked read by scrolling past.</source>
        <translation><numerusform>%n artikel als gelezen gemarkeerd door voorbij te scrollen.</numerusform><numerusform>%n artikelen als gelezen gemarkeerd door voorbij te scrollen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="710" />
        <source>%n article(s) unread again.</source>
        <translation><numerusform>%n artikel weer ongelezen.</numerusform><numerusform>%n artikelen weer ongelezen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="719" />
        <source>Opened read-only: refreshing is off.</source>
        <translation>Alleen-lezen geopend: verversen staat uit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="746" />
        <location filename="../../src/app/MainWindow.cpp" line="759" />
        <source>%n new article(s).</source>
        <translation><numerusform>%n nieuw artikel.</numerusform><numerusform>%n nieuwe artikelen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="749" />
        <source>Offline: no feed could be reached.</source>
        <translation>Offline: geen enkele feed bereikbaar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="751" />
        <source>%n feed(s) failed.</source>
        <translation><numerusform>%n feed mislukt.</numerusform><numerusform>%n feeds mislukt.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="752" />
        <source>Refresh cancelled.</source>
        <translation>Verversen afgebroken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="829" />
        <source>%n unread</source>
        <translation><numerusform>%n ongelezen</numerusform><numerusform>%n ongelezen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="830" />
        <source>Heraut: %n unread</source>
        <translation><numerusform>Heraut: %n ongelezen</numerusform><numerusform>Heraut: %n ongelezen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="197" />
        <source>Heraut could not move the feed.</source>
        <translation>Heraut kon de feed niet verplaatsen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="84" />
        <source>%n new article(s) in this watch-list.</source>
        <translation><numerusform>%n nieuw artikel in deze volglijst.</numerusform><numerusform>%n nieuwe artikelen in deze volglijst.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="847" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="849" />
        <source>Next / previous article</source>
        <translation>Volgend / vorig artikel</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="850" />
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="850" />
        <source>First / last article of the whole list</source>
        <translation>Eerste / laatste artikel van de hele lijst</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="851" />
        <source>Right / Left</source>
        <translation>Pijl rechts / Pijl links</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="851" />
        <source>Open / close a story's reports (story mode)</source>
        <translation>Berichten van een verhaal openen / sluiten (Verhalen)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="852" />
        <source>Next / previous unread article, across feeds</source>
        <translation>Volgend / vorig ongelezen artikel, ook in andere feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="853" />
        <source>Scroll the article, then go to the next unread</source>
        <translation>Artikel scrollen, daarna naar het volgende ongelezen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="853" />
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="854" />
        <source>Mark read / unread</source>
        <translation>Gelezen / ongelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="855" />
        <source>Star / unstar</source>
        <translation>Ster geven / weghalen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="856" />
        <source>Open in the browser</source>
        <translation>In de browser openen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="857" />
        <source>Fetch the full article from its web page</source>
        <translation>Het volledige artikel van de webpagina ophalen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="858" />
        <source>Stories on / off: one row per story</source>
        <translation>Verhalen aan / uit: één rij per verhaal</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="859" />
        <source>Refresh this feed</source>
        <translation>Deze feed verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="860" />
        <source>Refresh all feeds</source>
        <translation>Alle feeds verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="861" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="864" />
        <source>Shift+F10, Menu</source>
        <translation>Shift+F10, Menutoets</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="864" />
        <source>Context menu of the article or feed</source>
        <translation>Contextmenu van het artikel of de feed</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="865" />
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="866" />
        <source>Add feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="867" />
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="930" />
        <source>%n read or star mark(s) could not be saved.</source>
        <translation><numerusform>%n markering (gelezen of ster) kon niet worden bewaard.</numerusform><numerusform>%n markeringen (gelezen of ster) konden niet worden bewaard.</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::MuteRuleDialog</name>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="94" />
        <source>Change mute rule</source>
        <translation>Negeerregel wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="94" />
        <source>Mute articles</source>
        <translation>Artikelen negeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="51" />
        <source>the round brackets ( ) do not pair up.</source>
        <translation>de ronde haakjes ( ) vormen geen paren.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="45" />
        <source>it is too long or too deeply nested to be read.</source>
        <translation>ze is te lang of te diep genest om te lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="53" />
        <source>the square brackets [ ] do not pair up.</source>
        <translation>de rechte haakjes [ ] vormen geen paren.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="56" />
        <source>a count in braces { } is not complete or not valid.</source>
        <translation>een aantal tussen accolades { } is onvolledig of ongeldig.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="58" />
        <source>a *, + or ? has nothing before it to repeat.</source>
        <translation>een *, + of ? heeft niets ervoor om te herhalen.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="60" />
        <source>a backslash \ ends the expression or escapes nothing.</source>
        <translation>een backslash \ staat aan het eind of maskeert niets.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="62" />
        <source>a range such as a-z runs the wrong way.</source>
        <translation>een bereik zoals a-z loopt de verkeerde kant op.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="67" />
        <source>it is not valid in JavaScript's (ECMAScript) syntax.</source>
        <translation>ze is ongeldig in de syntaxis van JavaScript (ECMAScript).</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="82" />
        <source>it holds no word to look for, only operators or filters.</source>
        <translation>er staat geen woord in om naar te zoeken, alleen operatoren of filters.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="84" />
        <source>the folder "%1" is no longer there.</source>
        <translation>de map "%1" bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="86" />
        <source>the feed is no longer there.</source>
        <translation>de feed bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="96" />
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="97" />
        <source>Exact phrase</source>
        <translation>Exacte woordgroep</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="98" />
        <source>Regular expression</source>
        <translation>Reguliere expressie</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="99" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="103" />
        <source>Headline or text</source>
        <translation>Kop of tekst</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="104" />
        <source>Headline only</source>
        <translation>Alleen de kop</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="105" />
        <source>Text only</source>
        <translation>Alleen de tekst</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="113" />
        <source>Every feed</source>
        <translation>Alle feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="115" />
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="118" />
        <source>Feed: %1</source>
        <translation>Feed: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="122" />
        <source>Mark read on arrival</source>
        <translation>Bij binnenkomst als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="123" />
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="129" />
        <source>A rule applies to articles that arrive after it is saved; muted articles stay searchable with is:muted.</source>
        <translation>Een regel geldt voor artikelen die binnenkomen nadat hij is bewaard; genegeerde artikelen blijven vindbaar met is:muted.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="134" />
        <source>Look for</source>
        <translation>Zoeken naar</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="135" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="136" />
        <source>Look in</source>
        <translation>Zoeken in</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="137" />
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="138" />
        <source>Then</source>
        <translation>Dan</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="217" />
        <source>Type the words, phrase, expression or author to mute.</source>
        <translation>Typ de woorden, woordgroep, expressie of auteur om te negeren.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="225" />
        <source>This regular expression cannot be used: it takes too long on the articles in the news cache (nested repeats such as (a+)+ try every way to split a text). Simplify it.</source>
        <translation>Deze reguliere expressie is niet bruikbaar: ze kost te veel tijd op de artikelen in de nieuwscache (geneste herhalingen zoals (a+)+ proberen elke manier om een tekst te splitsen). Maak haar eenvoudiger.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="229" />
        <source>This regular expression cannot be used for every feed: it matches any text (as .* and ^ do), so it would mute every article. Choose a feed or a folder to mute all of theirs.</source>
        <translation>Deze reguliere expressie is niet bruikbaar voor alle feeds: ze past op elke tekst (zoals .* en ^), dus de regel zou elk artikel negeren. Kies een feed of een map om al hun artikelen te negeren.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="235" />
        <source>This regular expression cannot be used: %1</source>
        <translation>Deze reguliere expressie is niet bruikbaar: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="236" />
        <source>This rule cannot be saved: %1</source>
        <translation>Deze regel kan niet worden bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRuleDialog.cpp" line="238" />
        <source>Heraut could not save the rule in its news cache: %1</source>
        <translation>Heraut kon de regel niet in de nieuwscache bewaren: %1</translation>
    </message>
</context>
<context>
    <name>heraut::app::MuteRulesPage</name>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="19" />
        <source>Articles that match a rule are marked read as they arrive, or hidden. They stay in the cache: search with is:muted. Rules are saved as you add, edit or remove them.</source>
        <translation>Artikelen die aan een regel voldoen, worden bij binnenkomst als gelezen gemarkeerd of verborgen. Ze blijven in de cache: zoek met is:muted. Regels worden opgeslagen zodra u ze toevoegt, bewerkt of verwijdert.</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="24" />
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="25" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="26" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="58" />
        <source>The mute rules could not be read: %1</source>
        <translation>De negeerregels konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="71" />
        <source>folder %1</source>
        <translation>map %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="74" />
        <source>a removed feed</source>
        <translation>een verwijderde feed</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="76" />
        <source>every feed</source>
        <translation>alle feeds</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="83" />
        <source>Words: %1</source>
        <translation>Woorden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="86" />
        <source>Phrase: %1</source>
        <translation>Woordgroep: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="89" />
        <source>Expression: %1</source>
        <translation>Expressie: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="92" />
        <source>Author: %1</source>
        <translation>Auteur: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="97" />
        <source>headline only</source>
        <translation>alleen de kop</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="99" />
        <source>text only</source>
        <translation>alleen de tekst</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="100" />
        <source>hide</source>
        <translation>verbergen</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="100" />
        <source>mark read</source>
        <translation>als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/MuteRulesPage.cpp" line="113" />
        <location filename="../../src/app/MuteRulesPage.cpp" line="154" />
        <source>Mute rules</source>
        <translation>Negeerregels</translation>
    </message>
</context>
<context>
    <name>heraut::app::PaneLayout</name>
    <message>
        <location filename="../../src/app/PaneLayout.cpp" line="96" />
        <source>Feed list</source>
        <translation>Feedlijst</translation>
    </message>
    <message>
        <location filename="../../src/app/PaneLayout.cpp" line="99" />
        <source>Show or hide the feed list beside the articles</source>
        <translation>De feedlijst naast de artikelen tonen of verbergen</translation>
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
        <location filename="../../src/app/RefreshProgress.cpp" line="16" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="20" />
        <source>Stop the refresh; what arrived so far is kept</source>
        <translation>Verversen stoppen; wat al binnen is blijft bewaard</translation>
    </message>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="28" />
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="64" />
        <location filename="../../src/app/RefreshProgress.cpp" line="73" />
        <source>Saving and indexing…</source>
        <translation>Bewaren en indexeren…</translation>
    </message>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="77" />
        <source>Fetching full articles: %1 of %2</source>
        <translation>Volledige artikelen ophalen: %1 van %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RefreshProgress.cpp" line="87" />
        <source>Waiting for %1</source>
        <translation>Wachten op %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/RefreshProgress.cpp" line="90" />
        <source>Waiting for %1 and %n more</source>
        <translation><numerusform>Wachten op %1 en nog %n</numerusform><numerusform>Wachten op %1 en nog %n</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::ScrolledPastReader</name>
    <message>
        <location filename="../../src/app/ScrolledPastReader.cpp" line="14" />
        <source>Mark read when scrolled past</source>
        <translation>Als gelezen markeren bij voorbij scrollen</translation>
    </message>
</context>
<context>
    <name>heraut::app::SearchRunner</name>
    <message>
        <location filename="../../src/app/SearchRunner.cpp" line="24" />
        <source>The search failed.</source>
        <translation>Het zoeken is mislukt.</translation>
    </message>
</context>
<context>
    <name>heraut::app::SearchScope</name>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="18" />
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="20" />
        <source>Search all articles, not only this list</source>
        <translation>Alle artikelen doorzoeken, niet alleen deze lijst</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="48" />
        <source>all articles</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="60" />
        <source>Search all articles (/)</source>
        <translation>Zoeken in alles (/)</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="61" />
        <source>Search in %1 (/)</source>
        <translation>Zoeken in %1 (/)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/SearchScope.cpp" line="77" />
        <source>%n result(s)</source>
        <translation><numerusform>%n resultaat</numerusform><numerusform>%n resultaten</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="80" />
        <source>%1, newest first · &lt;a href="relevance"&gt;best match first&lt;/a&gt;</source>
        <translation>%1, nieuwste eerst · &lt;a href="relevance"&gt;beste eerst&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/app/SearchScope.cpp" line="83" />
        <source>%1, best match first · &lt;a href="date"&gt;newest first&lt;/a&gt;</source>
        <translation>%1, beste eerst · &lt;a href="date"&gt;nieuwste eerst&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>heraut::app::SettingsDialog</name>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="18" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="23" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="25" />
        <source>Refresh every</source>
        <translation>Verversen elke</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="26" />
        <source>Refresh when Heraut starts</source>
        <translation>Verversen bij het starten van Heraut</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="31" />
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="32" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="34" />
        <source>Mark read after</source>
        <translation>Als gelezen markeren na</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="35" />
        <source>Mark articles read when scrolled past</source>
        <translation>Artikelen als gelezen markeren als u er voorbij scrolt</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="41" />
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="43" />
        <source>Keep read articles for</source>
        <translation>Gelezen artikelen bewaren</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="44" />
        <source>Load remote images (sites see that you read)</source>
        <translation>Externe afbeeldingen laden (sites zien dat u leest)</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="48" />
        <source>Beside the list</source>
        <translation>Naast de lijst</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="49" />
        <source>Below the list</source>
        <translation>Onder de lijst</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="51" />
        <source>Article pane</source>
        <translation>Artikelvenster</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="53" />
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="57" />
        <source>Language (after a restart)</source>
        <translation>Taal (na herstart)</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="60" />
        <source>system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="61" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="63" />
        <source>Article font size</source>
        <translation>Lettergrootte artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="64" />
        <source>Notify me of new articles</source>
        <translation>Melding bij nieuwe artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="67" />
        <source>Show site icons (fetched from each site once a week)</source>
        <translation>Site-pictogrammen tonen (eens per week van elke site opgehaald)</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="71" />
        <source>Keep running in the tray when the window is closed</source>
        <translation>In het systeemvak blijven draaien als het venster sluit</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="83" />
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="85" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="87" />
        <source>Mute rules</source>
        <translation>Negeerregels</translation>
    </message>
</context>
<context>
    <name>heraut::app::StoreErrors</name>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="38" />
        <source>Heraut could not read from its news cache.</source>
        <translation>Heraut kon niet uit de nieuwscache lezen.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="47" />
        <source>the database is locked by another program</source>
        <translation>de database is vergrendeld door een ander programma</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="50" />
        <source>a table of the database is locked</source>
        <translation>een tabel van de database is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="53" />
        <source>the file is not a database</source>
        <translation>het bestand is geen database</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="56" />
        <source>the database file is damaged</source>
        <translation>het databasebestand is beschadigd</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="59" />
        <source>the disk reported a read or write error</source>
        <translation>de schijf meldde een lees- of schrijffout</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="62" />
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="65" />
        <source>the file cannot be opened</source>
        <translation>het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="68" />
        <source>the database can only be read</source>
        <translation>de database is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="72" />
        <source>access to the file was denied</source>
        <translation>toegang tot het bestand is geweigerd</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="75" />
        <source>there was not enough memory</source>
        <translation>er was onvoldoende geheugen</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="78" />
        <source>the operation was interrupted</source>
        <translation>de bewerking is onderbroken</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="81" />
        <source>the change breaks a rule of the database</source>
        <translation>de wijziging overtreedt een regel van de database</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="84" />
        <source>the lock on the database could not be taken</source>
        <translation>de database kon niet worden vergrendeld</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="87" />
        <source>SQLite reported an error</source>
        <translation>SQLite meldde een fout</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="89" />
        <source>SQLite says: %1 (code %2).</source>
        <translation>SQLite meldt: %1 (code %2).</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="102" />
        <source>Another program is writing to Heraut's news cache and kept it locked for longer than Heraut waits. This is usually a refresh by heraut-cli or a second Heraut window. Let it finish or close it; Heraut tries again by itself.</source>
        <translation>Een ander programma schrijft in de nieuwscache van Heraut en hield die langer vergrendeld dan Heraut wacht. Meestal is dat een verversing door heraut-cli of een tweede Heraut-venster. Laat het afronden of sluit het; Heraut probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="106" />
        <source>Part of the news cache file is damaged, so Heraut cannot read or write it. Quit Heraut and run "heraut-cli repair", or start Heraut again and choose Repair: everything readable is copied into a new file and the damaged one is kept beside it.</source>
        <translation>Een deel van het nieuwscachebestand is beschadigd, zodat Heraut het niet kan lezen of schrijven. Sluit Heraut af en voer "heraut-cli repair" uit, of start Heraut opnieuw en kies Herstellen: alles wat leesbaar is wordt naar een nieuw bestand gekopieerd en het beschadigde wordt ernaast bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="111" />
        <source>The disk that holds the news cache is full. Free some space; Heraut tries again by itself.</source>
        <translation>De schijf met de nieuwscache is vol. Maak ruimte vrij; Heraut probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="114" />
        <source>The news cache can only be read: the file or its folder is read-only, or Heraut opened it read-only. What you change is shown but not saved; make the file writable and start Heraut again to keep it.</source>
        <translation>De nieuwscache kan alleen gelezen worden: het bestand of de map is alleen-lezen, of Heraut opende het alleen-lezen. Wat u verandert wordt getoond maar niet bewaard; maak het bestand beschrijfbaar en start Heraut opnieuw om het te bewaren.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="118" />
        <source>The news cache file, or the files SQLite keeps beside it, could not be opened. Check that the disk is attached and the folder is yours to write.</source>
        <translation>Het nieuwscachebestand, of de bestanden die SQLite ernaast bijhoudt, konden niet worden geopend. Controleer of de schijf aangesloten is en u in de map mag schrijven.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="121" />
        <source>The disk reported an error while Heraut read or wrote the news cache. Check the disk; Heraut tries again by itself.</source>
        <translation>De schijf meldde een fout terwijl Heraut de nieuwscache las of schreef. Controleer de schijf; Heraut probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="124" />
        <source>The news cache was written by a newer version of Heraut. Use that version, or start this one with another file (HERAUT_DB).</source>
        <translation>De nieuwscache is geschreven door een nieuwere versie van Heraut. Gebruik die versie, of start deze met een ander bestand (HERAUT_DB).</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreErrors.cpp" line="129" />
        <source>Heraut's news cache did not do what was asked. The details below say what SQLite reported.</source>
        <translation>De nieuwscache van Heraut deed niet wat gevraagd werd. De details hieronder zeggen wat SQLite meldde.</translation>
    </message>
</context>
<context>
    <name>heraut::app::StoryMode</name>
    <message>
        <location filename="../../src/app/StoryMode.cpp" line="31" />
        <source>Stories</source>
        <translation>Verhalen</translation>
    </message>
    <message>
        <location filename="../../src/app/StoryMode.cpp" line="34" />
        <source>One row per story: the same event from several sources</source>
        <translation>Eén rij per verhaal: hetzelfde nieuws uit meerdere bronnen</translation>
    </message>
    <message>
        <location filename="../../src/app/StoryMode.cpp" line="35" />
        <source>Reading a story marks all its articles read</source>
        <translation>Een verhaal lezen markeert al zijn artikelen als gelezen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/StoryMode.cpp" line="111" />
        <source>%n source(s)</source>
        <translation><numerusform>%n bron</numerusform><numerusform>%n bronnen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/StoryMode.cpp" line="99" />
        <source>Key takeaways</source>
        <translation>Kernpunten</translation>
    </message>
</context>
<context>
    <name>heraut::app::SyncController</name>
    <message>
        <location filename="../../src/app/SyncController.cpp" line="54" />
        <source>Syncing %1: %2</source>
        <translation>Synchroniseren %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/SyncController.cpp" line="60" />
        <source>%n change(s) waiting to sync</source>
        <translation><numerusform>%n wijziging wacht op synchronisatie</numerusform><numerusform>%n wijzigingen wachten op synchronisatie</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/app/SyncController.cpp" line="136" />
        <source>Could not subscribe to %1: %2</source>
        <translation>Abonneren op %1 is niet gelukt: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncController.cpp" line="141" />
        <source>Subscribing to %1…</source>
        <translation>Abonneren op %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncController.cpp" line="172" />
        <source>Subscribed to %1.</source>
        <translation>Geabonneerd op %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncController.cpp" line="184" />
        <source>The subscription to %1 waits for the server: %2</source>
        <translation>Het abonnement op %1 wacht op de server: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncController.cpp" line="198" />
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <location filename="../../src/app/SyncController.cpp" line="211" />
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/SyncController.cpp" line="213" />
        <source>Synced %n account(s): %1.</source>
        <translation><numerusform>%n account gesynchroniseerd: %1.</numerusform><numerusform>%n accounts gesynchroniseerd: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/SyncController.cpp" line="214" />
        <source>%n new article(s)</source>
        <translation><numerusform>%n nieuw artikel</numerusform><numerusform>%n nieuwe artikelen</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::TrayMenu</name>
    <message>
        <location filename="../../src/app/TrayMenu.cpp" line="18" />
        <source>Refresh all</source>
        <translation>Alles verversen</translation>
    </message>
    <message>
        <location filename="../../src/app/TrayMenu.cpp" line="19" />
        <source>Mark all read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../src/app/TrayMenu.cpp" line="21" />
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/app/TrayMenu.cpp" line="83" />
        <source>Hide window</source>
        <translation>Venster verbergen</translation>
    </message>
    <message>
        <location filename="../../src/app/TrayMenu.cpp" line="83" />
        <source>Show window</source>
        <translation>Venster tonen</translation>
    </message>
</context>
<context>
    <name>heraut::app::WatchListActions</name>
    <message>
        <location filename="../../src/app/WatchListActions.cpp" line="20" />
        <source>New watch-list…</source>
        <translation>Nieuwe volglijst…</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListActions.cpp" line="25" />
        <source>Edit watch-list…</source>
        <translation>Volglijst bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListActions.cpp" line="27" />
        <source>Notify of new articles</source>
        <translation>Melden bij nieuwe artikelen</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListActions.cpp" line="32" />
        <source>Remove watch-list…</source>
        <translation>Volglijst verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListActions.cpp" line="68" />
        <source>Remove watch-list</source>
        <translation>Volglijst verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListActions.cpp" line="69" />
        <source>Remove the watch-list "%1"? Its articles stay in their feeds.</source>
        <translation>De volglijst "%1" verwijderen? De artikelen blijven in hun feeds.</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListActions.cpp" line="72" />
        <source>Heraut could not remove the watch-list.</source>
        <translation>Heraut kon de volglijst niet verwijderen.</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListActions.cpp" line="81" />
        <source>Heraut could not save the watch-list's notification setting.</source>
        <translation>Heraut kon de meldingsinstelling van de volglijst niet bewaren.</translation>
    </message>
</context>
<context>
    <name>heraut::app::WatchListDialog</name>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="25" />
        <source>Give the watch-list a name.</source>
        <translation>Geef de volglijst een naam.</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="27" />
        <source>The name is too long: at most %1 letters (fewer with accents).</source>
        <translation>De naam is te lang: hoogstens %1 letters (minder met accenten).</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="30" />
        <source>The name cannot hold tabs, invisible characters or spaces other than a plain one (no-break, zero-width, direction marks).</source>
        <translation>De naam mag geen tabs, onzichtbare tekens of andere spaties dan een gewone bevatten (vaste, nulbreedte, richtingstekens).</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="47" />
        <source>The search needs a word to look for: a watch-list of only filters or exclusions would hold every article.</source>
        <translation>De zoekopdracht heeft een woord nodig om naar te zoeken: een volglijst met alleen filters of uitsluitingen zou elk artikel bevatten.</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="51" />
        <source>There is no feed %1: feed:ID takes a feed's number, as heraut-cli feeds lists them.</source>
        <translation>Er is geen feed %1: feed:ID neemt het nummer van een feed, zoals heraut-cli feeds ze toont.</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="55" />
        <source>There is no folder named "%1".</source>
        <translation>Er is geen map met de naam "%1".</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="34" />
        <source>There is a watch-list named "%1" already.</source>
        <translation>Er is al een volglijst met de naam "%1".</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="39" />
        <location filename="../../src/app/WatchListDialog.cpp" line="57" />
        <source>The watch-list is no longer there.</source>
        <translation>De volglijst bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="65" />
        <source>Edit watch-list</source>
        <translation>Volglijst bewerken</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="65" />
        <source>New watch-list</source>
        <translation>Nieuwe volglijst</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="67" />
        <source>Air defence</source>
        <translation>Luchtverdediging</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="70" />
        <source>patriot OR nasams</source>
        <translation>patriot OR nasams</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="71" />
        <source>Notify me when new articles match</source>
        <translation>Meld het als er nieuwe artikelen bij komen</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="73" />
        <source>The search box's language: words, "a phrase", prefix*, OR, -word to leave out, folder:NAME, feed:ID, since:7d.</source>
        <translation>De taal van het zoekvak: woorden, "een zinsdeel", begin*, OR, -woord om weg te laten, folder:NAAM, feed:ID, since:7d.</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="82" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="83" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/app/WatchListDialog.cpp" line="134" />
        <source>Heraut could not save the watch-list in its news cache: %1</source>
        <translation>Heraut kon de volglijst niet in de nieuwscache bewaren: %1</translation>
    </message>
</context>
</TS>