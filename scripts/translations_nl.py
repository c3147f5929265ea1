#!/usr/bin/env python3
"""Fills resources/translations/heraut_nl.ts with the Dutch texts below.

Run after `lupdate src/app -ts resources/translations/heraut_nl.ts` adds new strings; a string
without a Dutch text here is reported and the script exits 1, so nothing ships half-translated.
Plural entries give (one, many)."""
import sys
import xml.etree.ElementTree as ET

NL = {
    "Title": "Titel", "Source": "Bron", "Date": "Datum",
    "Key takeaways": "Kernpunten", "Open in browser": "Openen in browser", "Load images": "Afbeeldingen laden",
    "All articles": "Alle artikelen", "Unread": "Ongelezen", "Starred": "Met ster",
    "Last refresh failed: %1": "Laatste verversing mislukt: %1",
    "Disabled: not refreshed any more": "Uitgeschakeld: wordt niet meer ververst",
    "Refreshing %n feed(s)…": ("%n feed verversen…", "%n feeds verversen…"),
    "Refreshing: %1 of %2 (%3)": "Verversen: %1 van %2 (%3)",
    "Feeds": "Feeds", "Articles": "Artikelen", "Article": "Artikel", "Undo": "Ongedaan maken",
    "&File": "&Bestand", "&Add feed…": "Feed &toevoegen…", "&Import OPML…": "OPML &importeren…",
    "&Export OPML…": "OPML &exporteren…", "&Settings…": "&Instellingen…", "&Quit": "&Afsluiten",
    "&Articles": "&Artikelen", "Refresh all": "Alles verversen", "Mark all read": "Alles als gelezen markeren",
    "Undo mark all read": "Alles gelezen ongedaan maken", "Only unread": "Alleen ongelezen",
    "&Help": "&Help", "&Keyboard shortcuts": "&Sneltoetsen", "&About Heraut": "&Over Heraut",
    "About Heraut": "Over Heraut",
    "Heraut %1: Dutch and Flemish defence news, offline.": "Heraut %1: Nederlands en Vlaams defensienieuws, ook offline.",
    "Main": "Hoofdbalk", "Search articles (/)": "Artikelen zoeken (/)",
    "%n feed(s) failing": ("%n feed mislukt", "%n feeds mislukt"),
    "Select an article to read it.": "Kies een artikel om het te lezen.",
    "%n article(s) marked read.": ("%n artikel als gelezen gemarkeerd.", "%n artikelen als gelezen gemarkeerd."),
    "%n article(s) unread again.": ("%n artikel weer ongelezen.", "%n artikelen weer ongelezen."),
    "%n new article(s).": ("%n nieuw artikel.", "%n nieuwe artikelen."),
    "Offline: no feed could be reached.": "Offline: geen enkele feed bereikbaar.",
    "%n feed(s) failed.": ("%n feed mislukt.", "%n feeds mislukt."),
    "Refresh cancelled.": "Verversen afgebroken.",
    "Heraut: %n unread": ("Heraut: %n ongelezen", "Heraut: %n ongelezen"),
    "Refresh": "Verversen", "Rename…": "Hernoemen…", "Rename feed": "Feed hernoemen", "Title:": "Titel:",
    "Move to folder…": "Naar map verplaatsen…", "(no folder)": "(geen map)", "Move feed": "Feed verplaatsen",
    "Folder (or type a new one):": "Map (of typ een nieuwe):", "Always load images": "Afbeeldingen altijd laden",
    "Open site": "Website openen", "Remove…": "Verwijderen…", "Remove feed": "Feed verwijderen",
    "Remove \"%1\" and its cached articles?": "\"%1\" en de bewaarde artikelen verwijderen?",
    "Add feed": "Feed toevoegen", "Feed or web page address:": "Adres van de feed of webpagina:",
    "Looking for feeds at %1…": "Feeds zoeken op %1…",
    "This page offers several feeds:": "Deze pagina biedt meerdere feeds:",
    "Added %1: %n article(s).": ("%1 toegevoegd: %n artikel.", "%1 toegevoegd: %n artikelen."),
    "Import OPML": "OPML importeren", "OPML files (*.opml *.xml)": "OPML-bestanden (*.opml *.xml)",
    "%n feed(s) added.": ("%n feed toegevoegd.", "%n feeds toegevoegd."),
    "Export OPML": "OPML exporteren", "OPML files (*.opml)": "OPML-bestanden (*.opml)",
    "Keyboard shortcuts": "Sneltoetsen", "Next / previous article": "Volgend / vorig artikel",
    "Next / previous unread article, across feeds": "Volgend / vorig ongelezen artikel, ook in andere feeds",
    "Scroll the article, then go to the next unread": "Artikel scrollen, daarna naar het volgende ongelezen",
    "Mark read / unread": "Gelezen / ongelezen markeren", "Star / unstar": "Ster geven / weghalen",
    "Open in the browser": "In de browser openen", "Refresh this feed": "Deze feed verversen",
    "Refresh all feeds": "Alle feeds verversen", "Search": "Zoeken", "Space": "Spatie", "Failing feeds": "Mislukte feeds",
    "The feed's own title": "De eigen titel van de feed", "Folder:": "Map:",
    "%n unread": ("%n ongelezen", "%n ongelezen"),
    "Not imported: %1 (%2): %3": "Niet geïmporteerd: %1 (%2): %3",
    "Could not write %1: %2": "Kon %1 niet schrijven: %2", "Feeds exported to %1.": "Feeds geëxporteerd naar %1.",
    "Settings": "Instellingen", " min": " min", "Refresh every": "Verversen elke",
    "Refresh when Heraut starts": "Verversen bij het starten van Heraut", "never": "nooit", " s": " s",
    "Mark read after": "Als gelezen markeren na", " days": " dagen", "Keep read articles for": "Gelezen artikelen bewaren",
    "Load remote images (sites see that you read)": "Externe afbeeldingen laden (sites zien dat u leest)",
    "Beside the list": "Naast de lijst", "Below the list": "Onder de lijst", "Article pane": "Artikelvenster",
    "System language": "Taal van het systeem", "Language (after a restart)": "Taal (na herstart)",
    "system": "systeem", " pt": " pt", "Article font size": "Lettergrootte artikelen",
    "Notify me of new articles": "Melding bij nieuwe artikelen",
    # Store failures (src/app/StoreErrors.cpp, PendingChanges.cpp, DatabaseRescueDialog.cpp).
    "Heraut could not read the article list from its news cache.": "Heraut kon de artikellijst niet uit de nieuwscache lezen.",
    "Check": "Controleren", "Repair": "Herstellen", "Open read-only": "Alleen-lezen openen",
    "Try again": "Opnieuw proberen", "Open Heraut": "Heraut openen", "Quit": "Afsluiten",
    "Heraut cannot open its news cache": "Heraut kan de nieuwscache niet openen",
    "The file is damaged: part of it is not what SQLite wrote there (a disk error, or a crash while it was copied, can do this). Check examines the whole file. Repair copies everything that can still be read (feeds, folders, articles, read and star marks) into a new file and keeps the damaged one beside it. Open read-only shows what can be read and changes nothing.":
        "Het bestand is beschadigd: een deel ervan is niet wat SQLite er schreef (een schijffout, of een crash tijdens het kopiëren, kan dat doen). Controleren onderzoekt het hele bestand. Herstellen kopieert alles wat nog leesbaar is (feeds, mappen, artikelen, gelezen en ster) naar een nieuw bestand en bewaart het beschadigde ernaast. Alleen-lezen openen toont wat leesbaar is en verandert niets.",
    "Another program holds the file locked: a refresh by heraut-cli, or another Heraut. Wait for it to finish and try again, or open the file read-only.":
        "Een ander programma houdt het bestand vergrendeld: een verversing door heraut-cli, of een andere Heraut. Wacht tot het klaar is en probeer het opnieuw, of open het bestand alleen-lezen.",
    "The file or its folder cannot be written. Open it read-only to read your news (read marks are then not saved), or make it writable and try again.":
        "Het bestand of de map kan niet worden beschreven. Open het alleen-lezen om uw nieuws te lezen (wat u leest wordt dan niet bewaard), of maak het beschrijfbaar en probeer het opnieuw.",
    "The disk is full. Free some space and try again.": "De schijf is vol. Maak ruimte vrij en probeer het opnieuw.",
    "A newer version of Heraut wrote this file; this version cannot read it. Use the newer version.":
        "Een nieuwere versie van Heraut heeft dit bestand geschreven; deze versie kan het niet lezen. Gebruik de nieuwere versie.",
    "The file could not be opened. Check that the disk is attached and that the folder is yours, then try again.":
        "Het bestand kon niet worden geopend. Controleer of de schijf aangesloten is en de map van u is, en probeer het opnieuw.",
    "File: %1": "Bestand: %1",
    "Check: SQLite finds no damage in the file. Try opening it again.": "Controle: SQLite vindt geen schade in het bestand. Probeer het opnieuw te openen.",
    "Check: the file is damaged. Repair keeps what can be read.": "Controle: het bestand is beschadigd. Herstellen bewaart wat leesbaar is.",
    "Check failed: %1": "Controle mislukt: %1",
    "Repaired. Recovered %1 feeds and %2 articles (%3 read, %4 starred). The damaged file is kept as %5.":
        "Hersteld. %1 feeds en %2 artikelen teruggehaald (%3 gelezen, %4 met ster). Het beschadigde bestand is bewaard als %5.",
    "Some rows could not be read and are lost.": "Sommige rijen waren onleesbaar en zijn verloren.",
    "%1 articles lost their text; the next refresh fetches what the feeds still carry.":
        "%1 artikelen zijn hun tekst kwijt; de volgende verversing haalt op wat de feeds nog aanbieden.",
    "%1 articles lost their read and star marks and show as unread.":
        "%1 artikelen zijn hun markeringen (gelezen, ster) kwijt en staan als ongelezen.",
    "%1 feeds were lost; their articles are kept under \"Recovered feed\".":
        "%1 feeds zijn verloren; hun artikelen staan onder \"Recovered feed\".",
    "Repair failed: %1": "Herstellen mislukt: %1",
    "Heraut repaired its news cache": "Heraut heeft de nieuwscache hersteld",
    "%n mark(s) wait to be saved.": ("%n markering wacht om bewaard te worden.", "%n markeringen wachten om bewaard te worden."),
    "Heraut could not move the per-feed image settings into its news cache; it tries again at the next start.":
        "Heraut kon de afbeeldingsinstellingen per feed niet naar de nieuwscache overzetten; dat wordt bij de volgende start opnieuw geprobeerd.",
    "The refresh could not use the news cache.": "Het verversen kon de nieuwscache niet gebruiken.",
    "Opened read-only: nothing you change is saved.": "Alleen-lezen geopend: wat u verandert wordt niet bewaard.",
    "Heraut could not read from its news cache.": "Heraut kon niet uit de nieuwscache lezen.",
    "Heraut could not read the feed list from its news cache.": "Heraut kon de feedlijst niet uit de nieuwscache lezen.",
    "Heraut could not read this article from its news cache.": "Heraut kon dit artikel niet uit de nieuwscache lezen.",
    "Heraut could not mark these articles read; nothing was changed.": "Heraut kon deze artikelen niet als gelezen markeren; er is niets veranderd.",
    "Opened read-only: refreshing is off.": "Alleen-lezen geopend: verversen staat uit.",
    "Heraut could not rename the feed.": "Heraut kon de feed niet hernoemen.",
    "Heraut could not move the feed.": "Heraut kon de feed niet verplaatsen.",
    "Heraut could not save the image setting of the feed.": "Heraut kon de afbeeldingsinstelling van de feed niet bewaren.",
    "Heraut could not remove the feed.": "Heraut kon de feed niet verwijderen.",
    "Heraut could not import the OPML file.": "Heraut kon het OPML-bestand niet importeren.",
    "Your marks are saved.": "Uw markeringen zijn bewaard.",
    "%n read or star mark(s) could not be saved.": ("%n markering (gelezen of ster) kon niet worden bewaard.", "%n markeringen (gelezen of ster) konden niet worden bewaard."),
    "Heraut could not save your read and star marks yet. It keeps them and saves them as soon as it can.":
        "Heraut kon nog niet bewaren wat u gelezen en met een ster gemarkeerd hebt. Heraut onthoudt het en bewaart het zodra dat kan.",
    "Another program is writing to Heraut's news cache and kept it locked for longer than Heraut waits. This is usually a refresh by heraut-cli or a second Heraut window. Let it finish or close it; Heraut tries again by itself.":
        "Een ander programma schrijft in de nieuwscache van Heraut en hield die langer vergrendeld dan Heraut wacht. Meestal is dat een verversing door heraut-cli of een tweede Heraut-venster. Laat het afronden of sluit het; Heraut probeert het zelf opnieuw.",
    "Part of the news cache file is damaged, so Heraut cannot read or write it. Quit Heraut and run \"heraut-cli repair\", or start Heraut again and choose Repair: everything readable is copied into a new file and the damaged one is kept beside it.":
        "Een deel van het nieuwscachebestand is beschadigd, zodat Heraut het niet kan lezen of schrijven. Sluit Heraut af en voer \"heraut-cli repair\" uit, of start Heraut opnieuw en kies Herstellen: alles wat leesbaar is wordt naar een nieuw bestand gekopieerd en het beschadigde wordt ernaast bewaard.",
    "The disk that holds the news cache is full. Free some space; Heraut tries again by itself.":
        "De schijf met de nieuwscache is vol. Maak ruimte vrij; Heraut probeert het zelf opnieuw.",
    "The news cache can only be read: the file or its folder is read-only, or Heraut opened it read-only. What you change is shown but not saved; make the file writable and start Heraut again to keep it.":
        "De nieuwscache kan alleen gelezen worden: het bestand of de map is alleen-lezen, of Heraut opende het alleen-lezen. Wat u verandert wordt getoond maar niet bewaard; maak het bestand beschrijfbaar en start Heraut opnieuw om het te bewaren.",
    "The news cache file, or the files SQLite keeps beside it, could not be opened. Check that the disk is attached and the folder is yours to write.":
        "Het nieuwscachebestand, of de bestanden die SQLite ernaast bijhoudt, konden niet worden geopend. Controleer of de schijf aangesloten is en u in de map mag schrijven.",
    "The disk reported an error while Heraut read or wrote the news cache. Check the disk; Heraut tries again by itself.":
        "De schijf meldde een fout terwijl Heraut de nieuwscache las of schreef. Controleer de schijf; Heraut probeert het zelf opnieuw.",
    "The news cache was written by a newer version of Heraut. Use that version, or start this one with another file (HERAUT_DB).":
        "De nieuwscache is geschreven door een nieuwere versie van Heraut. Gebruik die versie, of start deze met een ander bestand (HERAUT_DB).",
    "Heraut's news cache did not do what was asked. The details below say what SQLite reported.":
        "De nieuwscache van Heraut deed niet wat gevraagd werd. De details hieronder zeggen wat SQLite meldde.",
}

# p11-errors: feed errors in words, the failing-feeds panel, search scope, refresh progress.
NL.update({
    "HTTP %1: the feed needs a login.": "HTTP %1: voor de feed moet u inloggen.",
    "HTTP %1: the server refuses access.": "HTTP %1: de server weigert de toegang.",
    "HTTP %1: not found; the feed moved or was removed.": "HTTP %1: niet gevonden; de feed is verhuisd of verwijderd.",
    "HTTP %1: gone; the server says this feed no longer exists, so it is no longer refreshed.":
        "HTTP %1: verdwenen; volgens de server bestaat deze feed niet meer, dus wordt hij niet meer ververst.",
    "HTTP %1: too many requests; the server asked Heraut to wait.": "HTTP %1: te veel verzoeken; de server vroeg Heraut te wachten.",
    "HTTP %1: the server had an error.": "HTTP %1: er ging iets mis op de server.",
    "HTTP %1: the service is unavailable for now.": "HTTP %1: de dienst is nu niet beschikbaar.",
    "HTTP %1: the server did not send the feed.": "HTTP %1: de server stuurde de feed niet.",
    "Server not found: you are offline, or the address is wrong.": "Server niet gevonden: u bent offline, of het adres klopt niet.",
    "Could not connect: the server is down or cannot be reached.": "Geen verbinding: de server ligt plat of is onbereikbaar.",
    "Timed out: the server is too slow or does not answer.": "Time-out: de server is te traag of antwoordt niet.",
    "The server's security certificate could not be verified.": "Het beveiligingscertificaat van de server kon niet worden gecontroleerd.",
    "Too many redirects (more than %1): the address may go round in a circle.":
        "Te veel doorverwijzingen (meer dan %1): het adres verwijst misschien in een kringetje.",
    "Only http and https addresses can be fetched.": "Alleen http- en https-adressen kunnen worden opgehaald.",
    "The response is larger than %1 MiB and was not downloaded.": "Het antwoord is groter dan %1 MiB en is niet gedownload.",
    "HTTP %1: the site's bot protection blocked Heraut.": "HTTP %1: de botbeveiliging van de site hield Heraut tegen.",
    "The address gives no feed (RSS, Atom or JSON Feed); perhaps a web page.":
        "Het adres geeft geen feed (RSS, Atom of JSON Feed); misschien een webpagina.",
    "%n fetched article(s) could not be stored: the news cache refused them. The next refresh fetches them again.":
        ("%n opgehaald artikel kon niet worden bewaard: de nieuwscache weigerde het. De volgende verversing haalt het opnieuw op.",
         "%n opgehaalde artikelen konden niet worden bewaard: de nieuwscache weigerde ze. De volgende verversing haalt ze opnieuw op."),
    "The refresh failed. Details: %1": "Verversen mislukt. Details: %1",
    "Retry all": "Alles opnieuw proberen", "Retry": "Opnieuw proberen", "Edit URL…": "Adres wijzigen…",
    "No feed is failing: every feed loaded.": "Geen enkele feed mislukt: alle feeds zijn geladen.",
    "Heraut could not read the feed from its news cache.": "Heraut kon de feed niet uit de nieuwscache lezen.",
    "Edit feed address": "Adres van de feed wijzigen", "Feed address:": "Adres van de feed:",
    "Heraut could not change the feed's address.": "Heraut kon het adres van de feed niet wijzigen.",
    "You already subscribe to %1.": "U bent al geabonneerd op %1.",
    "No results in %1.": "Geen resultaten in %1.", "Search everything": "Alles doorzoeken",
    "%1 could not be loaded: %2": "%1 kon niet worden geladen: %2",
    "No unread articles in %1.": "Geen ongelezen artikelen in %1.", "No articles in %1 yet.": "Nog geen artikelen in %1.",
    "No web browser could be started to open %1. Set a default browser in the desktop's settings.":
        "Er kon geen webbrowser worden gestart om %1 te openen. Kies een standaardbrowser in de instellingen van uw bureaublad.",
    "Heraut could not remove old articles from its news cache; they stay until a later refresh can.":
        "Heraut kon oude artikelen niet uit de nieuwscache verwijderen; ze blijven tot een latere verversing het kan.",
    "%n article(s) could not be stored; the next refresh fetches them again.":
        ("%n artikel kon niet worden bewaard; de volgende verversing haalt het opnieuw op.",
         "%n artikelen konden niet worden bewaard; de volgende verversing haalt ze opnieuw op."),
    "%1 is not an OPML file: nothing was imported.": "%1 is geen OPML-bestand: er is niets geïmporteerd.",
    "Cancel": "Annuleren", "Stop the refresh; what arrived so far is kept": "Verversen stoppen; wat al binnen is blijft bewaard",
    "Cancelling…": "Annuleren…", "Saving and indexing…": "Bewaren en indexeren…",
    "Waiting for %1": "Wachten op %1",
    "Waiting for %1 and %n more": ("Wachten op %1 en nog %n", "Wachten op %1 en nog %n"),
    "Search all articles, not only this list": "Alle artikelen doorzoeken, niet alleen deze lijst",
    "all articles": "alles", "Search all articles (/)": "Zoeken in alles (/)", "Search in %1 (/)": "Zoeken in %1 (/)",
    "%n result(s)": ("%n resultaat", "%n resultaten"),
    "%1, newest first · <a href=\"relevance\">best match first</a>": "%1, nieuwste eerst · <a href=\"relevance\">beste eerst</a>",
    "%1, best match first · <a href=\"date\">newest first</a>": "%1, beste eerst · <a href=\"date\">nieuwste eerst</a>",
})

NL.update({
    'Copy link': 'Link kopiëren',
    'Mark as read': 'Als gelezen markeren',
    'Mark as unread': 'Als ongelezen markeren',
    'Star': 'Ster geven',
    'Remove star': 'Ster weghalen',
    'Mark older as read': 'Oudere als gelezen markeren',
    'Fetch full article': 'Volledig artikel ophalen',
    "Heraut could not remember to load this article's images.": 'Heraut kon niet onthouden dat de afbeeldingen van dit artikel geladen mogen worden.',
    'Fetching the full article…': 'Het volledige artikel wordt opgehaald…',
    'Opened read-only: fetching is off.': 'Alleen-lezen geopend: ophalen staat uit.',
    'Fetch the full article from its web page': 'Het volledige artikel van de webpagina ophalen',
    'From the web page (fetched %1)': 'Van de webpagina (opgehaald %1)',
    'From the feed': 'Uit de feed',
    'The full article is stored: it can be read offline.': 'Het volledige artikel is bewaard: het is ook offline te lezen.',
    'The web page has not changed since it was stored.': 'De webpagina is niet veranderd sinds ze bewaard werd.',
    'The web page holds no article to read (%1).': 'De webpagina bevat geen artikel om te lezen (%1).',
    'The full article could not be fetched: %1': 'Het volledige artikel kon niet worden opgehaald: %1',
    'The full article could not be stored.': 'Het volledige artikel kon niet worden bewaard.',
    'The full article is stored for reading offline.': 'Het volledige artikel is bewaard om offline te lezen.',
    'Full articles': 'Volledige artikelen',
    'Full articles:': 'Volledige artikelen:',
    'Automatic: when the feed sends excerpts': 'Automatisch: als de feed alleen inleidingen stuurt',
    'Always fetch the web page': 'Altijd de webpagina ophalen',
    "Never: the feed's text only": 'Nooit: alleen de tekst uit de feed',
    "Heraut could not read the feed's full-article setting.": 'Heraut kon de instelling voor volledige artikelen van de feed niet lezen.',
    "Heraut could not save the feed's full-article setting.": 'Heraut kon de instelling voor volledige artikelen van de feed niet bewaren.',
    'Show site icons (fetched from each site once a week)': 'Site-pictogrammen tonen (eens per week van elke site opgehaald)',
    'Syncing %1: %2': 'Synchroniseren %1: %2',
    '%n change(s) waiting to sync': ('%n wijziging wacht op synchronisatie', '%n wijzigingen wachten op synchronisatie'),
    'Sync failed: %1': 'Synchronisatie mislukt: %1',
    'Synced %n account(s): %1 new articles.': ('%n account gesynchroniseerd: %1 nieuwe artikelen.', '%n accounts gesynchroniseerd: %1 nieuwe artikelen.'),
    'Accounts': 'Accounts',
    'General': 'Algemeen',
    'Server kind': 'Soort server',
    'https://rss.example.org/api/greader.php': 'https://rss.example.org/api/greader.php',
    'Server address': 'Serveradres',
    'User name': 'Gebruikersnaam',
    'Password': 'Wachtwoord',
    'Kept in the desktop keyring, or else in a file only you can read; never in the news cache. FreshRSS and Miniflux want the API password set in their settings.': 'Bewaard in de sleutelbos van het bureaublad, anders in een bestand dat alleen u kunt lezen; nooit in de nieuwscache. FreshRSS en Miniflux willen het API-wachtwoord dat u daar in de instellingen hebt gekozen.',
    'Add account': 'Account toevoegen',
    'Test connection': 'Verbinding testen',
    'Remove account': 'Account verwijderen',
    '%1 (%2, %3)': '%1 (%2, %3)',
    'Last sync failed: %1': 'Laatste synchronisatie mislukt: %1',
    'Could not read the accounts: %1': 'De accounts konden niet worden gelezen: %1',
    "Give the server's address, your user name and your password.": 'Geef het adres van de server, uw gebruikersnaam en uw wachtwoord.',
    'Could not add the account: %1': 'Het account kon niet worden toegevoegd: %1',
    'Account added; it syncs in the background.': 'Account toegevoegd; het synchroniseert op de achtergrond.',
    'Connecting…': 'Verbinden…',
    'Connected: the server accepted the user name and password.': 'Verbonden: de server aanvaardde de gebruikersnaam en het wachtwoord.',
    'Could not remove the account: %1': 'Het account kon niet worden verwijderd: %1',
    'Account removed from Heraut; it stays on the server.': 'Account uit Heraut verwijderd; op de server blijft het bestaan.',
    'Account %1': 'Account %1',
    'Remove %1 from Heraut? Its feeds and articles are removed here; on the server they stay.': '%1 uit Heraut verwijderen? De feeds en artikelen ervan verdwijnen hier; op de server blijven ze bestaan.',
    'Stories': 'Verhalen',
    'One row per story: the same event from several sources': 'Eén rij per verhaal: hetzelfde nieuws uit meerdere bronnen',
    'Reading a story marks all its articles read': 'Een verhaal lezen markeert al zijn artikelen als gelezen',
    '%n source(s)': ('%n bron', '%n bronnen'),
    'Watch-list: %1\n%n article(s)': ('Volglijst: %1\n%n artikel', 'Volglijst: %1\n%n artikelen'),
    '%n new article(s) in this watch-list.': ('%n nieuw artikel in deze volglijst.', '%n nieuwe artikelen in deze volglijst.'),
})

NL.update({
    'Briefing': 'Briefing',
    "The day's stories on one page, to read, export or print": 'Het nieuws van de dag op één pagina, om te lezen, te exporteren of af te drukken',
    'Today': 'Vandaag',
    'Last 24 hours': 'Afgelopen 24 uur',
    'Since the last briefing': 'Sinds de vorige briefing',
    'Since a date': 'Sinds een datum',
    'Export…': 'Exporteren…',
    'Print…': 'Afdrukken…',
    'Period:': 'Periode:',
    'Heraut could not read the briefing from its news cache: %1': 'Heraut kon de briefing niet uit de nieuwscache lezen: %1',
    '%n article(s)': ('%n artikel', '%n artikelen'),
    '%1 could not be written: %2': '%1 kon niet worden geschreven: %2',
    'Web page (*.html)': 'Webpagina (*.html)',
    'Markdown (*.md)': 'Markdown (*.md)',
    'PDF, A4 (*.pdf)': 'PDF, A4 (*.pdf)',
    'Export the briefing': 'Briefing exporteren',
    'Change mute rule': 'Negeerregel wijzigen',
    'Mute articles': 'Artikelen negeren',
    'Words, in the headline or text': 'Woorden, in de kop of de tekst',
    'Exact phrase, in the headline or text': 'Exacte woordgroep, in de kop of de tekst',
    'Regular expression, in the headline or text': 'Reguliere expressie, in de kop of de tekst',
    'Author': 'Auteur',
    'Every feed': 'Alle feeds',
    'Folder: %1': 'Map: %1',
    'Feed: %1': 'Feed: %1',
    'Mark read on arrival': 'Bij binnenkomst als gelezen markeren',
    'Hide': 'Verbergen',
    'A rule applies to articles that arrive after it is saved; muted articles stay searchable with is:muted.': 'Een regel geldt voor artikelen die binnenkomen nadat hij is bewaard; genegeerde artikelen blijven vindbaar met is:muted.',
    'Look for': 'Zoeken naar',
    'Text': 'Tekst',
    'In': 'In',
    'Then': 'Dan',
    'Type the words, phrase, expression or author to mute.': 'Typ de woorden, woordgroep, expressie of auteur om te negeren.',
    'This regular expression cannot be used: %1': 'Deze reguliere expressie is niet bruikbaar: %1',
    'This rule cannot be saved: %1': 'Deze regel kan niet worden bewaard: %1',
    'Heraut could not save the rule in its news cache: %1': 'Heraut kon de regel niet in de nieuwscache bewaren: %1',
    'Articles that match a rule are marked read as they arrive, or hidden. They stay in the cache: search with is:muted.': 'Artikelen die aan een regel voldoen, worden bij binnenkomst als gelezen gemarkeerd of verborgen. Ze blijven in de cache: zoek met is:muted.',
    'Add…': 'Toevoegen…',
    'Edit…': 'Bewerken…',
    'Remove': 'Verwijderen',
    'The mute rules could not be read: %1': 'De negeerregels konden niet worden gelezen: %1',
    'folder %1': 'map %1',
    'a removed feed': 'een verwijderde feed',
    'every feed': 'alle feeds',
    'Words: %1': 'Woorden: %1',
    'Phrase: %1': 'Woordgroep: %1',
    'Expression: %1': 'Expressie: %1',
    'Author: %1': 'Auteur: %1',
    'hide': 'verbergen',
    'mark read': 'als gelezen markeren',
    'Mute rules': 'Negeerregels',
    'Mute articles like this…': 'Artikelen zoals dit negeren…',
    'Mark articles read when scrolled past': 'Artikelen als gelezen markeren als je er voorbij scrolt',
    'Mark read when scrolled past': 'Als gelezen markeren bij voorbij scrollen',
    '%n article(s) marked read by scrolling past.': ('%n artikel als gelezen gemarkeerd door voorbij te scrollen.', '%n artikelen als gelezen gemarkeerd door voorbij te scrollen.'),
})

NL.update({
    'Hide window': 'Venster verbergen',
    'Show window': 'Venster tonen',
    'Keep running in the tray when the window is closed': 'In het systeemvak blijven draaien als het venster sluit',
    'The search failed.': 'Het zoeken is mislukt.',
    'The web page holds no article to read.': 'De webpagina bevat geen artikel om te lezen.',
    'The full article could not be fetched.': 'Het volledige artikel kon niet worden opgehaald.',
    'into the folder "%1"': 'in de map "%1"',
    'at the top level': 'op het hoogste niveau',
    '"%1": is: takes unread, read, starred or muted.': '"%1": is: kent unread, read, starred of muted.',
    '"%1": feed: takes a feed\'s number (feed:12).': '"%1": feed: verwacht het nummer van een feed (feed:12).',
    '"%1": folder: takes a folder\'s name (folder:"Two words").': '"%1": folder: verwacht de naam van een map (folder:"Twee woorden").',
    '"%1": since: takes a date (2026-01-22) or a span back from now (24h, 7d, 2w).': '"%1": since: verwacht een datum (2026-01-22) of een termijn terug vanaf nu (24h, 7d, 2w).',
    'Searched the first %1 words; %n more were left out.': ('Alleen de eerste %1 woorden gezocht; %n woord is weggelaten.', 'Alleen de eerste %1 woorden gezocht; %n woorden zijn weggelaten.'),
    'The file is not valid XML (the error is at byte %1).': 'Het bestand is geen geldige XML (de fout staat bij byte %1).',
    'The file is XML but holds no <opml><body>: it is no list of feeds.': 'Het bestand is XML, maar zonder <opml><body>: het is geen lijst met feeds.',
    'The feed "%1" holds outlines of its own; they were imported %2.': 'De feed "%1" bevat zelf outlines; die zijn %2 geïmporteerd.',
    'The folder "%1" is nested deeper than %2 folders; its feeds were imported %3.': 'De map "%1" zit dieper dan %2 mappen; de feeds erin zijn %3 geïmporteerd.',
    '"%1" has no feed address (xmlUrl), so Heraut cannot follow it; skipped.': '"%1" heeft geen feedadres (xmlUrl), dus Heraut kan het niet volgen; overgeslagen.',
    'And %n more note(s) like these.': ("En nog %n zo'n opmerking.", 'En nog %n van zulke opmerkingen.'),
    'The address is empty.': 'Het adres is leeg.',
    'The address contains spaces or control characters.': 'Het adres bevat spaties of stuurtekens.',
    'The address contains the character %1.': 'Het adres bevat het teken %1.',
    'This is no web address: it needs http:// or https://.': 'Dit is geen webadres: het moet met http:// of https:// beginnen.',
    'Only http and https feeds can be fetched (not %1:).': 'Alleen http- en https-feeds kunnen worden opgehaald (geen %1:).',
    'The address has no valid IPv6 address.': 'Het adres bevat geen geldig IPv6-adres.',
    'The address has no valid server name.': 'Het adres bevat geen geldige servernaam.',
    'The address has a colon with no port number after it.': 'In het adres staat geen poortnummer na de dubbele punt.',
    'The address has no server name.': 'Het adres bevat geen servernaam.',
    'The address has no valid port number.': 'Het adres bevat geen geldig poortnummer.',
    'Heraut could not look for feeds at this address.': 'Heraut kon op dit adres niet naar feeds zoeken.',
    'Heraut could not add the feed.': 'Heraut kon de feed niet toevoegen.',
    'This computer': 'Deze computer',
    'Subscribe in:': 'Abonneren in:',
    'The server names the feed': 'De server geeft de feed zijn naam',
    'Could not subscribe to %1: %2': 'Abonneren op %1 is niet gelukt: %2',
    'Subscribing to %1…': 'Abonneren op %1…',
    'Subscribed to %1.': 'Geabonneerd op %1.',
    'The subscription to %1 waits for the server: %2': 'Het abonnement op %1 wacht op de server: %2',
})

def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source not in NL:
            missing.append(source)
            continue
        text = NL[source]
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            forms = text if isinstance(text, tuple) else (text, text)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("no Dutch text for:", source, file=sys.stderr)
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/heraut_nl.ts"))
