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
    "Settings": "Instellingen", " min": " min", "Refresh every": "Verversen elke",
    "Refresh when Heraut starts": "Verversen bij het starten van Heraut", "never": "nooit", " s": " s",
    "Mark read after": "Als gelezen markeren na", " days": " dagen", "Keep read articles for": "Gelezen artikelen bewaren",
    "Load remote images (sites see that you read)": "Externe afbeeldingen laden (sites zien dat u leest)",
    "Beside the list": "Naast de lijst", "Below the list": "Onder de lijst", "Article pane": "Artikelvenster",
    "System language": "Taal van het systeem", "Language (after a restart)": "Taal (na herstart)",
    "system": "systeem", " pt": " pt", "Article font size": "Lettergrootte artikelen",
    "Notify me of new articles": "Melding bij nieuwe artikelen",
}

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
