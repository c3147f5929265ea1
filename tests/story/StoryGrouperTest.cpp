// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/StoryGrouper.h"

#include <gtest/gtest.h>
#include <map>
#include <set>

namespace heraut {
namespace {

constexpr std::int64_t kMonday = 1795392000; // 2026-11-23 00:00 UTC

StoryArticleText text(std::int64_t id, std::int64_t feed, std::int64_t time, std::string title,
                      std::string body, std::string link = {}) {
    StoryArticleText t;
    t.id = id;
    t.feedId = feed;
    t.sortDate = time;
    t.storyId = id;
    t.guid = "guid-" + std::to_string(id);
    if (!link.empty()) t.link = link;
    t.title = std::move(title);
    t.text = std::move(body);
    return t;
}

std::map<std::int64_t, std::int64_t> group(const std::vector<StoryArticleText>& known,
                                           const std::vector<StoryArticleText>& fresh,
                                           StoryOptions options = {}) {
    StoryGrouper grouper(options);
    for (const auto& k : known)
        grouper.addKnown(k);
    for (const auto& f : fresh)
        grouper.addNew(f);
    std::map<std::int64_t, std::int64_t> storyOf;
    for (const auto& [article, story] : grouper.group())
        storyOf[article] = story;
    return storyOf;
}

const std::string kPatriotNos =
    "Nederland stuurt twee extra lanceerinstallaties voor het Patriot-systeem naar Oekraïne, "
    "zegt minister Brekelmans. Ze worden via het Poolse Rzeszów geleverd.";
const std::string kPatriotNu =
    "Minister Brekelmans geeft Oekraïne twee Patriot-lanceerinstallaties uit eigen voorraad. "
    "De levering loopt via Rzeszów in Polen.";

TEST(StoryGrouperTest, DifferentlyWordedReportsOfOneEventJoin) {
    auto storyOf = group(
        {}, {text(1, 1, kMonday, "Nederland levert nog twee Patriots aan Oekraïne", kPatriotNos),
             text(2, 2, kMonday + 3600,
                  "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne", kPatriotNu)});
    EXPECT_EQ(storyOf.at(1), 1);
    EXPECT_EQ(storyOf.at(2), 1);
}

TEST(StoryGrouperTest, OneSharedWordNeverJoins) {
    auto storyOf = group({}, {text(1, 1, kMonday, "NAVO-oefening in Litouwen begonnen",
                                   "Troepen van de NAVO oefenen in Litouwen bij Pabradė."),
                              text(2, 2, kMonday + 600, "NAVO-ministers eens over doelen",
                                   "De ministers van de NAVO kwamen in Brussel bijeen.")});
    EXPECT_EQ(storyOf.at(1), 1);
    EXPECT_EQ(storyOf.at(2), 2);
}

TEST(StoryGrouperTest, TheSameLinkJoinsWhateverTheWords) {
    auto storyOf =
        group({}, {text(1, 1, kMonday, "Een", "tekst", "https://www.nos.nl/artikel/1?utm_source=x"),
                   text(2, 2, kMonday + 60, "Twee", "anders", "http://nos.nl/artikel/1/#top")});
    EXPECT_EQ(storyOf.at(2), 1);
}

TEST(StoryGrouperTest, OutsideTheWindowStaysApart) {
    auto storyOf = group(
        {}, {text(1, 1, kMonday, "Nederland levert nog twee Patriots aan Oekraïne", kPatriotNos),
             text(2, 2, kMonday + 80 * 3600,
                  "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne", kPatriotNu)});
    EXPECT_EQ(storyOf.at(2), 2);
}

TEST(StoryGrouperTest, ANewArticleJoinsAKnownStory) {
    StoryArticleText known =
        text(7, 1, kMonday, "Nederland levert nog twee Patriots aan Oekraïne", kPatriotNos);
    known.storyId = 5; // already in story 5 with another article
    auto storyOf = group(
        {known}, {text(9, 2, kMonday + 3600,
                       "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne", kPatriotNu)});
    EXPECT_EQ(storyOf.at(9), 5);
}

TEST(StoryGrouperTest, ArticlesOfOneFeedAreNotComparedByWords) {
    auto storyOf = group(
        {}, {text(1, 1, kMonday, "Nederland levert nog twee Patriots aan Oekraïne", kPatriotNos),
             text(2, 1, kMonday + 3600,
                  "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne", kPatriotNu)});
    EXPECT_EQ(storyOf.at(2), 2);
}

// An English and a Dutch report of one event share few words but the same names: the firm,
// the system, the place and the numbers (invented event, not one of the evaluation sets').
const std::string kRadarTitleEn = "Riga picks Swedish sensors after Rezekne drone incursion";
const std::string kRadarEn =
    "Latvian Defence Minister Andris Spruds said on Monday that Riga had chosen Saab's Giraffe "
    "4A after a Russian Gerbera drone crossed from Belarus and crashed near Rezekne in "
    "September, unseen by the ageing TPS-77 sensors at Valmiera. The first Giraffe will be "
    "installed at Lielvarde in 2028.";
const std::string kRadarTitleNl = "Letland koopt radars om luchtruim beter te bewaken";
const std::string kRadarNl =
    "Het Letse leger krijgt nieuwe radars van het Zweedse Saab, van het type Giraffe 4A. De "
    "huidige installaties uit de jaren negentig zijn versleten en reserveonderdelen zijn "
    "nauwelijks nog te krijgen. De eerste komt in 2028 naar Lielvarde. Parlementsleden in Den "
    "Haag vroegen minister Brekelmans of Nederland dezelfde keuze overweegt.";

TEST(StoryGrouperTest, EnglishAndDutchReportsSharingRareNamesHoursApartJoin) {
    std::vector<StoryArticleText> reports = {
        text(1, 1, kMonday, kRadarTitleEn, kRadarEn),
        text(2, 2, kMonday + 5 * 3600, kRadarTitleNl, kRadarNl)};
    EXPECT_EQ(group({}, reports).at(2), 1);
}

TEST(StoryGrouperTest, SharedNamesADayAndAHalfApartDoNotSuffice) {
    // A report naming the same firm, system and place 36 h later is a follow-up (a new
    // decision or incident) unless its words say it is the same event.
    auto storyOf = group({}, {text(1, 1, kMonday, kRadarTitleEn, kRadarEn),
                              text(2, 2, kMonday + 36 * 3600, kRadarTitleNl, kRadarNl)});
    EXPECT_EQ(storyOf.at(2), 2);
}

// A Dutch and an English report of one event share its names and numbers but few other words:
// the pair score counts that (StoryOptions::crossLanguageWeight). 30 h apart, the two radar
// reports still join; scored as if both were in one language, they would not.
TEST(StoryGrouperTest, ADutchAndAnEnglishReportNeedFewerWordsInCommon) {
    std::vector<StoryArticleText> reports = {
        text(1, 1, kMonday, kRadarTitleEn, kRadarEn),
        text(2, 2, kMonday + 30 * 3600, kRadarTitleNl, kRadarNl)};
    EXPECT_EQ(group({}, reports).at(2), 1);
    StoryOptions oneLanguage;
    oneLanguage.crossLanguageWeight = 0;
    EXPECT_EQ(group({}, reports, oneLanguage).at(2), 2);
}

TEST(StoryGrouperTest, TwoEventsSharingOnlyASystemAndACountryStayApart) {
    auto storyOf =
        group({}, {text(1, 1, kMonday, "Belgian army tests CV90 in Norwegian snow",
                        "Belgian infantry drove borrowed CV90 vehicles through deep snow near Rena "
                        "during a two-week winter trial with Norwegian units."),
                   text(2, 2, kMonday + 2 * 3600, "BAE Hägglunds opent kantoor voor CV90-klanten",
                        "De Zweedse fabrikant BAE Hägglunds opent in Brussel een kantoor voor haar "
                        "CV90-klanten, ook België, dat nog geen keuze maakte.")});
    EXPECT_EQ(storyOf.at(2), 2);
}

TEST(StoryGrouperTest, MatchingOneArticleOfAStoryOfThreeDoesNotJoinIt) {
    // A story of three: the English analysis, the Dutch report and a short reaction. A day
    // later a short Dutch item matches the Dutch report and shares four names with the
    // analysis (too late for those to make a match), and nothing with the reaction: one match
    // of three. Joined on one match, one Belgian F-35 report chained a drone story to another
    // event in a later week (tests/data/stories/README.md).
    std::vector<StoryArticleText> known = {
        text(1, 1, kMonday, kRadarTitleEn, kRadarEn),
        text(2, 2, kMonday + 10 * 3600, kRadarTitleNl, kRadarNl),
        text(3, 3, kMonday + 10 * 3600, "Kamerleden willen uitleg over Letse keuze",
             "Kamerleden vragen minister Brekelmans om uitleg: overweegt Nederland dezelfde "
             "keuze?")};
    for (auto& k : known)
        k.storyId = 1;
    auto storyOf = group(
        known, {text(4, 4, kMonday + 26 * 3600,
                     "Letland krijgt nieuwe radars, oude installaties versleten",
                     "Het Letse leger krijgt nieuwe Giraffe 4A-radars van Saab, zo bevestigt de "
                     "legerleiding. De eerste staat straks in Lielvarde; de huidige installaties "
                     "zijn versleten en onbetrouwbaar.")});
    EXPECT_EQ(storyOf.at(4), 4);
}

// An Apache crash in Texas, reported by two outlets, and the next day the grounding of the
// fleet it caused, reported by two others naming the crash with nearly all its words. The
// grounding is a decision, an event of its own (tests/data/stories/README.md's rule); a
// report the next day that only adds facts to the crash is the crash.
const std::string kCrashTitle = "Apache-gevechtshelikopter neergestort bij Fort Hood in Texas";
const std::string kCrash =
    "Een Apache-gevechtshelikopter van het 301 Squadron uit Gilze-Rijen is bij een oefenvlucht "
    "op Fort Hood in Texas neergestort. De twee vliegers raakten gewond.";
const std::string kCrashEnTitle = "Dutch AH-64E Apache crashes at Fort Hood, two pilots hurt";
const std::string kCrashEn =
    "A Royal Netherlands Air Force AH-64E Apache of 301 Squadron crashed during a training "
    "flight at Fort Hood, Texas. Both pilots were injured. The Gilze-Rijen squadron trains there.";
const std::string kGroundingTitle =
    "Alle Apache-gevechtshelikopters aan de grond na crash in Texas";
const std::string kGrounding =
    "De luchtmacht houdt alle Apache-gevechtshelikopters van het 301 Squadron uit Gilze-Rijen "
    "aan de grond na de crash op Fort Hood in Texas, waarbij twee vliegers gewond raakten.";
const std::string kGroundingEnTitle = "Netherlands grounds Apache fleet after Fort Hood crash";
const std::string kGroundingEn =
    "The Netherlands grounded its AH-64E Apache fleet after one of 301 Squadron's helicopters "
    "crashed at Fort Hood, Texas, injuring both pilots, until the cause is known.";

std::vector<StoryArticleText> crashAndGrounding() {
    return {text(1, 1, kMonday, kCrashTitle, kCrash),
            text(2, 2, kMonday + 2 * 3600, kCrashEnTitle, kCrashEn),
            text(3, 3, kMonday + 22 * 3600, kGroundingTitle, kGrounding),
            text(4, 4, kMonday + 23 * 3600, kGroundingEnTitle, kGroundingEn),
            text(5, 5, kMonday + 24 * 3600,
                 "Gewonde Apache-vliegers uit Gilze-Rijen maken het goed",
                 "De twee vliegers van de Apache die op Fort Hood in Texas neerstortte, maken het "
                 "goed. Ze liggen nog in het ziekenhuis; het 301 Squadron bezocht hen.")};
}

TEST(StoryGrouperTest, TheGroundingAfterACrashIsAStoryOfItsOwn) {
    auto storyOf = group({}, crashAndGrounding());
    EXPECT_EQ(storyOf.at(2), 1);
    EXPECT_EQ(storyOf.at(3), 3);
    EXPECT_EQ(storyOf.at(4), 3);
    EXPECT_EQ(storyOf.at(5), 1);
}

// The same reports with headlines that do not say the fleet is grounded: by their words, the
// grounding reports are the crash's (what the rule above keeps apart).
TEST(StoryGrouperTest, WithoutItsHeadlineTheGroundingJoinsTheCrash) {
    auto reports = crashAndGrounding();
    reports[2].title = "Apache-gevechtshelikopters na crash in Texas";
    reports[3].title = "Netherlands and its Apache fleet after Fort Hood crash";
    auto storyOf = group({}, reports);
    EXPECT_EQ(storyOf.at(3), 1);
    EXPECT_EQ(storyOf.at(4), 1);
}

// Two similar incidents a day apart: a laser aimed at an NH90 over Den Helder on Tuesday,
// reported twice, and at a Cougar over Breda on Wednesday, told in nearly the same words. The
// Wednesday headline names its own helicopter and town, which no report of Tuesday's names.
const std::string kLaserTitle = "Laser gericht op NH90-helikopter boven Den Helder";
const std::string kLaser =
    "Een bemanning van een NH90-helikopter van de marine is dinsdagavond boven Den Helder met "
    "een laser beschenen. De helikopter landde veilig op De Kooy; de politie zoekt de dader.";

TEST(StoryGrouperTest, ASimilarIncidentTheNextDayElsewhereIsAStoryOfItsOwn) {
    auto storyOf = group(
        {},
        {text(1, 1, kMonday, kLaserTitle, kLaser),
         text(2, 2, kMonday + 3 * 3600, "Marinehelikopter NH90 met laser beschenen bij Den Helder",
              "Boven Den Helder is een NH90-helikopter van de marine met een laser beschenen. "
              "De bemanning landde veilig op De Kooy. De politie zoekt de dader."),
         text(3, 3, kMonday + 24 * 3600, "Laser gericht op Cougar-helikopter boven Breda",
              "Een bemanning van een Cougar-helikopter van de luchtmacht is woensdagavond boven "
              "Breda met een laser beschenen. De helikopter landde veilig op Gilze-Rijen; de "
              "politie zoekt de dader.")});
    EXPECT_EQ(storyOf.at(2), 1);
    EXPECT_EQ(storyOf.at(3), 3);
}

// The same Wednesday report under a headline without names: by its words it is Tuesday's
// story (what the headline's names keep apart above).
TEST(StoryGrouperTest, WithoutNamesInItsHeadlineTheSimilarIncidentJoins) {
    auto storyOf = group(
        {},
        {text(1, 1, kMonday, kLaserTitle, kLaser),
         text(3, 3, kMonday + 24 * 3600, "Laser gericht op helikopter",
              "Een bemanning van een Cougar-helikopter van de luchtmacht is woensdagavond boven "
              "Breda met een laser beschenen. De helikopter landde veilig op Gilze-Rijen; de "
              "politie zoekt de dader.")});
    EXPECT_EQ(storyOf.at(3), 1);
}

// A break-in at a barracks on Tuesday, reported twice, and another the next day told in nearly
// the same words under a headline without names that says it is a repeat: an event of its own.
const std::string kBreakIn =
    "Inbrekers hebben in de nacht een gat in het hek van een kazerne geknipt en nachtkijkers "
    "gestolen. De marechaussee onderzoekt de diefstal en zoekt getuigen.";

std::vector<StoryArticleText> twoBreakIns(const std::string& secondTitle) {
    return {
        text(1, 1, kMonday, "Inbraak op kazerne, nachtkijkers gestolen", kBreakIn),
        text(2, 2, kMonday + 2 * 3600, "Nachtkijkers gestolen bij inbraak op kazerne", kBreakIn),
        text(3, 3, kMonday + 24 * 3600, secondTitle,
             "Inbrekers hebben vannacht een gat in het hek van een munitiecomplex geknipt en "
             "nachtkijkers gestolen. De marechaussee onderzoekt de diefstal.")};
}

TEST(StoryGrouperTest, ARepeatTheNextDayIsAStoryOfItsOwn) {
    auto storyOf = group({}, twoBreakIns("Weer inbraak bij Defensie, nachtkijkers gestolen"));
    EXPECT_EQ(storyOf.at(2), 1);
    EXPECT_EQ(storyOf.at(3), 3);
    auto counted = group({}, twoBreakIns("Tweede inbraak in twee dagen bij Defensie"));
    EXPECT_EQ(counted.at(3), 3);
    auto uncounted = group({}, twoBreakIns("Inbraak in twee dagen bij Defensie"));
    EXPECT_EQ(uncounted.at(3), 1) << "by its words, Tuesday's story";
}

TEST(StoryGrouperTest, WithoutTheRepeatInItsHeadlineTheNextDaysBreakInJoins) {
    auto storyOf = group({}, twoBreakIns("Inbraak bij Defensie, nachtkijkers gestolen"));
    EXPECT_EQ(storyOf.at(3), 1);
}

// A repeat's own event, whose first report did not say "weer": the marked report hours later
// joins it (kRepeatWindowSeconds), not only stories that say "weer" too.
TEST(StoryGrouperTest, ARepeatJoinsItsOwnEventThatBeganHoursBefore) {
    auto reports = twoBreakIns("Weer inbraak bij Defensie, nachtkijkers gestolen");
    reports.erase(reports.begin()); // the day's first report, which did not say "weer"
    reports[0].sortDate = kMonday + 21 * 3600;
    reports[0].title = "Inbraak op munitiecomplex, nachtkijkers gestolen";
    reports[0].text = reports[1].text;
    auto storyOf = group({}, reports);
    EXPECT_EQ(storyOf.at(3), 2);
}

// An arms fair opens and activists block its entrance the same morning; the protest's reports
// name the fair, its place and its exhibitors. The protest is an event of its own.
const std::string kFair =
    "De defensiebeurs BEDEX op de Heizel in Brussel opent met 400 exposanten uit 30 landen. "
    "Minister Francken opent de beurs; John Cockerill en FN Herstal tonen nieuwe wapens.";
const std::string kFairProtest =
    "Op de Heizel in Brussel hebben 200 actievoerders de ingang van de defensiebeurs BEDEX "
    "geblokkeerd. Exposanten als John Cockerill en FN Herstal kwamen de beurs niet in; minister "
    "Francken opende de beurs later.";

TEST(StoryGrouperTest, AProtestAgainstAnEventIsAStoryOfItsOwn) {
    auto reports = std::vector<StoryArticleText>{
        text(1, 1, kMonday, "Defensiebeurs BEDEX opent op de Heizel", kFair),
        text(2, 2, kMonday + 3600, "Francken opent defensiebeurs BEDEX in Brussel", kFair),
        text(3, 3, kMonday + 2 * 3600, "Actievoerders blokkeren ingang van defensiebeurs",
             kFairProtest)};
    auto storyOf = group({}, reports);
    EXPECT_EQ(storyOf.at(2), 1);
    EXPECT_EQ(storyOf.at(3), 3);
    reports[2].title = "Ingang van defensiebeurs BEDEX urenlang dicht";
    EXPECT_EQ(group({}, reports).at(3), 1) << "by its words, the fair's story";
}

// A column that retells the Apache crash among other things of its week: by its words it is
// the crash's story, but its outlet marks it as commentary, a story of its own, whether it
// comes first or after the reports.
const std::string kColumn =
    "Een Apache-gevechtshelikopter van het 301 Squadron uit Gilze-Rijen stortte neer op Fort "
    "Hood in Texas; de twee vliegers raakten gewond. Intussen sprak de minister over de begroting.";

TEST(StoryGrouperTest, ACommentaryJoinsNoStoryAndNoReportJoinsIt) {
    auto before =
        group({}, {text(1, 1, kMonday, "Column: een week van Apaches en begrotingen", kColumn),
                   text(2, 2, kMonday + 3600, kCrashTitle, kCrash),
                   text(3, 3, kMonday + 2 * 3600, kCrashEnTitle, kCrashEn)});
    EXPECT_EQ(before.at(2), 2);
    EXPECT_EQ(before.at(3), 2);
    auto after = group(
        {}, {text(1, 1, kMonday, kCrashTitle, kCrash),
             text(2, 2, kMonday + 3600, "Column: een week van Apaches en begrotingen", kColumn)});
    EXPECT_EQ(after.at(2), 2);
    auto unmarked =
        group({}, {text(1, 1, kMonday, kCrashTitle, kCrash),
                   text(2, 2, kMonday + 3600, "Een week van Apaches en begrotingen", kColumn)});
    EXPECT_EQ(unmarked.at(2), 1) << "by its words, the crash's story";
}

TEST(StoryGrouperTest, DutchAndEnglishTermsOfTheFieldAreOneWord) {
    auto wordsOf = [](std::string body) {
        std::set<std::uint64_t> words;
        for (const StoryTerm& t : storyFeatures(text(1, 1, kMonday, "", std::move(body))).terms)
            words.insert(t.word);
        return words;
    };
    // Dutch plurals that double a consonant ("fregatten") meet the English plural too.
    EXPECT_EQ(wordsOf("de fregatten, onderzeeërs en helikopters van de luchtmacht; een "
                      "levering, vertraging, bemanning en een ongeval"),
              wordsOf("the frigates, submarines and helicopters of the air force; a delivery, "
                      "delay, crew and an accident"));
}

} // namespace
} // namespace heraut
