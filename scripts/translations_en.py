#!/usr/bin/env python3
"""Fills resources/translations/heraut_en.ts: the English singular and plural of every "%n ...(s)" text.

English needs a translation only for plurals; regenerate the file with
`lupdate src/app -ts resources/translations/heraut_en.ts -pluralonly -no-obsolete` and run this.
"(s)" becomes "" in the singular and "s" in the plural; a plural text without "(s)" keeps its
wording in both forms."""
import sys
import xml.etree.ElementTree as ET


# Plurals whose singular differs beyond "(s)" (its/their, was/were).
IRREGULAR = {
    '%n article(s) lost their text; the next refresh fetches what the feeds still carry.': ('%n article lost its text; the next refresh fetches what the feeds still carry.', '%n articles lost their text; the next refresh fetches what the feeds still carry.'),
    '%n article(s) lost their read and star marks and show as unread.': ('%n article lost its read and star marks and shows as unread.', '%n articles lost their read and star marks and show as unread.'),
    '%n feed(s) were lost; their articles are kept under "Recovered feed".': ('%n feed was lost; its articles are kept under "Recovered feed".', '%n feeds were lost; their articles are kept under "Recovered feed".'),
}


def forms(source):
    if source in IRREGULAR:
        return IRREGULAR[source]
    return source.replace("(s)", ""), source.replace("(s)", "s")


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/heraut_en.ts"))
