// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog's mute rules: listed, added, changed and removed in the database file;
// a regular expression that does not compile is refused with a message and loses nothing; the
// rule dialog offers what "Mute articles like this…" prefilled.
#include "MuteRulesPage.h"
#include "AppFixture.h"
#include "MuteRuleDialog.h"
#include "ReaderLook.h"
#include "SettingsDialog.h"
#include "StoryReports.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTabWidget>
#include <gtest/gtest.h>

namespace heraut {
namespace {

using app::MuteRuleDialog;
using app::MuteRulesPage;

class MuteRulesPageTest : public testing::Test {
  protected:
    test::TempDir dir;
    test::StoryReports feeds;
    QString path;

    void SetUp() override {
        feeds = test::storeStoryReports(dir.database());
        path = QString::fromStdString(dir.database());
    }

    std::vector<MuteRule> stored() {
        Database db(dir.database());
        return MuteRuleStore(db).rules();
    }

    // Fills the dialog as a reader would and presses OK.
    static std::function<void(MuteRuleDialog&)> answer(MuteRuleDialog::Match match,
                                                       const QString& text, const QString& scope,
                                                       MuteRule::Action action,
                                                       QString* refused = nullptr) {
        return [=](MuteRuleDialog& dialog) {
            dialog.matchBox()->setCurrentIndex(
                dialog.matchBox()->findData(static_cast<int>(match)));
            dialog.patternEdit()->setText(text);
            dialog.scopeBox()->setCurrentIndex(dialog.scopeBox()->findData(scope));
            dialog.actionBox()->setCurrentIndex(
                dialog.actionBox()->findData(static_cast<int>(action)));
            dialog.accept();
            if (refused) *refused = dialog.error();
        };
    }
};

TEST_F(MuteRulesPageTest, AddsEachKindOfRuleWithItsScopeAndAction) {
    MuteRulesPage page(path);
    EXPECT_EQ(page.list()->count(), 0);
    page.setDialogHook(answer(MuteRuleDialog::Match::Words, QStringLiteral("turkije"),
                              QStringLiteral("folder:Nieuws"), MuteRule::Action::Hide));
    page.addRule();
    page.setDialogHook(answer(MuteRuleDialog::Match::Phrase, QStringLiteral("open dag"), QString(),
                              MuteRule::Action::MarkRead));
    page.addRule();
    page.setDialogHook(answer(MuteRuleDialog::Match::Author, QStringLiteral("Redactie r"),
                              QStringLiteral("feed:%1").arg(feeds.vrt),
                              MuteRule::Action::MarkRead));
    page.addRule();
    page.setDialogHook(answer(MuteRuleDialog::Match::Regex, QStringLiteral("^Column:"), QString(),
                              MuteRule::Action::Hide));
    page.addRule();
    std::vector<MuteRule> rules = stored();
    ASSERT_EQ(rules.size(), 4u);
    EXPECT_EQ(rules[0].kind, MuteRule::Kind::Words);
    EXPECT_EQ(rules[0].pattern, "turkije");
    EXPECT_EQ(rules[0].folder, std::optional<std::string>("Nieuws"));
    EXPECT_EQ(rules[0].action, MuteRule::Action::Hide);
    EXPECT_EQ(rules[1].pattern, "\"open dag\"") << "a phrase is the search language's";
    EXPECT_FALSE(rules[1].feedId || rules[1].folder) << "every feed";
    EXPECT_EQ(rules[2].kind, MuteRule::Kind::Author);
    EXPECT_EQ(rules[2].feedId, std::optional<std::int64_t>(feeds.vrt));
    EXPECT_EQ(rules[3].kind, MuteRule::Kind::Regex);
    ASSERT_EQ(page.list()->count(), 4);
    EXPECT_EQ(page.list()->item(0)->text(),
              QStringLiteral("Words: turkije · folder Nieuws · hide"));
    EXPECT_EQ(page.list()->item(1)->text(),
              QStringLiteral("Phrase: \"open dag\" · every feed · mark read"));
    EXPECT_EQ(page.list()->item(2)->text(),
              QStringLiteral("Author: Redactie r · VRT NWS · mark read"));
}

TEST_F(MuteRulesPageTest, ABadRegularExpressionIsRefusedWithAMessage) {
    MuteRulesPage page(path);
    QString refused;
    page.setDialogHook(answer(MuteRuleDialog::Match::Regex, QStringLiteral("F-35 ([a-z"), QString(),
                              MuteRule::Action::Hide, &refused));
    page.addRule();
    EXPECT_TRUE(refused.startsWith(QStringLiteral("This regular expression cannot be used")))
        << refused.toStdString();
    EXPECT_TRUE(stored().empty());
    EXPECT_EQ(page.list()->count(), 0);
    page.setDialogHook(answer(MuteRuleDialog::Match::Words, QStringLiteral("   "), QString(),
                              MuteRule::Action::Hide, &refused));
    page.addRule();
    EXPECT_FALSE(refused.isEmpty()) << "an empty rule is refused too";
    EXPECT_TRUE(stored().empty());
}

TEST_F(MuteRulesPageTest, EditingChangesTheRuleAndABadChangeKeepsTheOld) {
    std::int64_t id = 0;
    {
        Database db(dir.database());
        MuteRule rule;
        rule.pattern = "turkije";
        id = MuteRuleStore(db).add(rule, test::kStoryNow).id;
    }
    MuteRulesPage page(path);
    ASSERT_EQ(page.list()->count(), 1);
    page.list()->setCurrentRow(0);
    QString refused;
    page.setDialogHook(answer(MuteRuleDialog::Match::Regex, QStringLiteral("(("), QString(),
                              MuteRule::Action::Hide, &refused));
    page.editSelected();
    EXPECT_FALSE(refused.isEmpty());
    ASSERT_EQ(stored().size(), 1u);
    EXPECT_EQ(stored()[0].pattern, "turkije") << "the refused change lost nothing";
    page.list()->setCurrentRow(0);
    page.setDialogHook([](MuteRuleDialog& dialog) {
        EXPECT_EQ(dialog.patternEdit()->text(), QStringLiteral("turkije")) << "starts as it was";
        dialog.patternEdit()->setText(QStringLiteral("turkije erdogan"));
        dialog.accept();
    });
    page.editSelected();
    ASSERT_EQ(stored().size(), 1u);
    EXPECT_EQ(stored()[0].pattern, "turkije erdogan");
    EXPECT_EQ(stored()[0].id, id) << "the same rule, as heraut-cli mute list numbers it";
    page.list()->setCurrentRow(0);
    page.removeSelected();
    EXPECT_TRUE(stored().empty());
    EXPECT_EQ(page.list()->count(), 0);
}

// heraut-cli mute remove took the rule while its edit was open: the edit is kept as a new rule
// (replace would have refused it with a reason about the rule's words).
TEST_F(MuteRulesPageTest, AnEditOfARuleRemovedMeanwhileIsKeptAsANewRule) {
    Database db(dir.database());
    MuteRule rule;
    rule.pattern = "turkije";
    std::int64_t id = MuteRuleStore(db).add(rule, test::kStoryNow).id;
    ASSERT_TRUE(MuteRuleStore(db).remove(id));
    rule.pattern = "turkije erdogan";
    EXPECT_EQ(MuteRuleDialog::saveRule(db, rule, id), QString());
    ASSERT_EQ(stored().size(), 1u);
    EXPECT_EQ(stored()[0].pattern, "turkije erdogan");
}

TEST_F(MuteRulesPageTest, RulesLookInTheHeadlineTheTextOrBoth) {
    MuteRulesPage page(path);
    auto inField = [](MuteRuleDialog::Match match, const QString& text, MuteRule::Field field) {
        return [=](MuteRuleDialog& dialog) {
            dialog.matchBox()->setCurrentIndex(
                dialog.matchBox()->findData(static_cast<int>(match)));
            EXPECT_EQ(dialog.fieldBox()->isEnabled(), match != MuteRuleDialog::Match::Author);
            dialog.fieldBox()->setCurrentIndex(
                dialog.fieldBox()->findData(static_cast<int>(field)));
            dialog.patternEdit()->setText(text);
            dialog.accept();
        };
    };
    page.setDialogHook(
        inField(MuteRuleDialog::Match::Words, QStringLiteral("voetbal"), MuteRule::Field::Title));
    page.addRule();
    page.setDialogHook(
        inField(MuteRuleDialog::Match::Phrase, QStringLiteral("live blog"), MuteRule::Field::Text));
    page.addRule();
    page.setDialogHook(
        inField(MuteRuleDialog::Match::Regex, QStringLiteral("^Video:"), MuteRule::Field::Any));
    page.addRule();
    page.setDialogHook(
        inField(MuteRuleDialog::Match::Author, QStringLiteral("Redactie"), MuteRule::Field::Title));
    page.addRule();
    std::vector<MuteRule> rules = stored();
    ASSERT_EQ(rules.size(), 4u);
    EXPECT_EQ(rules[0].field, MuteRule::Field::Title);
    EXPECT_EQ(rules[1].field, MuteRule::Field::Text);
    EXPECT_EQ(rules[1].pattern, "\"live blog\"");
    EXPECT_EQ(rules[2].field, MuteRule::Field::Any);
    EXPECT_EQ(rules[3].field, MuteRule::Field::Any) << "an author is looked for in the byline";
    ASSERT_EQ(page.list()->count(), 4);
    EXPECT_EQ(page.list()->item(0)->text(),
              QStringLiteral("Words: voetbal · headline only · every feed · mark read"));
    EXPECT_EQ(page.list()->item(1)->text(),
              QStringLiteral("Phrase: \"live blog\" · text only · every feed · mark read"));
    EXPECT_EQ(page.list()->item(2)->text(),
              QStringLiteral("Expression: ^Video: · every feed · mark read"));
    EXPECT_EQ(page.list()->item(3)->text(),
              QStringLiteral("Author: Redactie · every feed · mark read"));
    page.list()->setCurrentRow(0);
    page.setDialogHook([](MuteRuleDialog& dialog) {
        EXPECT_EQ(dialog.fieldBox()->currentData().toInt(),
                  static_cast<int>(MuteRule::Field::Title))
            << "an edit starts where the rule looked";
        dialog.patternEdit()->setText(QStringLiteral("voetbal hockey"));
        dialog.accept();
    });
    page.editSelected();
    ASSERT_EQ(stored().size(), 4u);
    EXPECT_EQ(stored().front().pattern, "voetbal hockey") << "edited in its place";
    EXPECT_EQ(stored().front().field, MuteRule::Field::Title);
}

TEST_F(MuteRulesPageTest, SettingsHasAMuteRulesPage) {
    app::SettingsDialog dialog(app::AppSettings{}, nullptr, path);
    ASSERT_NE(dialog.muteRulesPage(), nullptr);
    auto* tabs = dialog.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(dialog.muteRulesPage())), QStringLiteral("Mute rules"));
    app::SettingsDialog plain(app::AppSettings{});
    EXPECT_EQ(plain.muteRulesPage(), nullptr) << "read-only: nothing to change";
}

TEST_F(MuteRulesPageTest, SuggestionsFollowTheKindUntilTheReaderTypes) {
    MuteRule initial;
    initial.pattern = "\"Eerste Belgische F-35 landt in Florennes\"";
    initial.feedId = feeds.vrt;
    Database db(dir.database());
    FeedStore store(db);
    MuteRuleDialog dialog(store.feeds(), store.folders(), initial,
                          [](const MuteRule&) { return QString(); });
    dialog.setSuggestions({{MuteRuleDialog::Match::Phrase,
                            QStringLiteral("Eerste Belgische F-35 landt in Florennes")},
                           {MuteRuleDialog::Match::Author, QStringLiteral("Redactie r")}});
    EXPECT_EQ(dialog.patternEdit()->text(),
              QStringLiteral("Eerste Belgische F-35 landt in Florennes"));
    EXPECT_EQ(dialog.scopeBox()->currentData().toString(),
              QStringLiteral("feed:%1").arg(feeds.vrt));
    dialog.matchBox()->setCurrentIndex(
        dialog.matchBox()->findData(static_cast<int>(MuteRuleDialog::Match::Author)));
    EXPECT_EQ(dialog.patternEdit()->text(), QStringLiteral("Redactie r"));
    EXPECT_EQ(dialog.rule().kind, MuteRule::Kind::Author);
    dialog.patternEdit()->setText(QStringLiteral("Redactie"));
    dialog.matchBox()->setCurrentIndex(
        dialog.matchBox()->findData(static_cast<int>(MuteRuleDialog::Match::Phrase)));
    EXPECT_EQ(dialog.patternEdit()->text(), QStringLiteral("Redactie")) << "what was typed stays";
}

// A refusal under the fields makes room for itself: no wrapped text above it is squeezed.
TEST_F(MuteRulesPageTest, ARefusalMakesRoomAndSqueezesNothing) {
    Database db(dir.database());
    FeedStore store(db);
    MuteRule initial;
    initial.kind = MuteRule::Kind::Regex;
    MuteRuleDialog dialog(store.feeds(), store.folders(), initial, [&](const MuteRule& rule) {
        return MuteRuleDialog::saveRule(db, rule, std::nullopt);
    });
    dialog.show();
    QCoreApplication::processEvents();
    dialog.patternEdit()->setText(QStringLiteral(".*"));
    dialog.accept();
    QCoreApplication::processEvents();
    ASSERT_TRUE(dialog.error().contains(QStringLiteral("every article")))
        << dialog.error().toStdString();
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->wordWrap()) continue;
        EXPECT_GE(label->height(), label->heightForWidth(label->width()))
            << label->text().toStdString();
    }
}

class MuteLikeThisTest : public test::AppFixture {};

TEST_F(MuteLikeThisTest, TheArticleMenuOffersMutingArticlesLikeIt) {
    auto w = makeWindow();
    w->show();
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->rowCount() > 0; }));
    std::unique_ptr<QMenu> menu = w->articleMenu()->menuFor(0);
    auto* mute = menu->findChild<QAction*>(QStringLiteral("muteLike"));
    ASSERT_NE(mute, nullptr);
    EXPECT_EQ(mute->text(), QStringLiteral("Mute articles like this…"));
    auto ro = std::make_unique<Database>(dir.database(), Database::Access::ReadOnly);
    auto readOnly = makeWindow(std::move(ro));
    ASSERT_TRUE(test::waitFor([&] { return readOnly->listModel()->rowCount() > 0; }));
    EXPECT_EQ(readOnly->articleMenu()->menuFor(0)->findChild<QAction*>(QStringLiteral("muteLike")),
              nullptr)
        << "read-only: no rule could be saved";
}

// Why a rule is refused is worded by the app from the rule (the store's MuteRuleError and
// std::regex's text are English, for heraut-cli): in Dutch, no English reaches the dialog.
TEST_F(MuteRulesPageTest, WhyARuleIsRefusedIsToldInTheReadersLanguage) {
    test::useLanguage(QStringLiteral("nl"));
    Database db(dir.database());
    auto rule = [](MuteRule::Kind kind, const char* pattern) {
        MuteRule made;
        made.kind = kind;
        made.pattern = pattern;
        return made;
    };
    MuteRule unclosed = rule(MuteRule::Kind::Regex, "F-35 (drone");
    MuteRule unclosedSet = rule(MuteRule::Kind::Regex, "F-35 [a-z");
    MuteRule noWord = rule(MuteRule::Kind::Words, "is:unread");
    QString paren = MuteRuleDialog::saveRule(db, unclosed, std::nullopt);
    QString repeat = MuteRuleDialog::saveRule(db, unclosedSet, std::nullopt);
    QString words = MuteRuleDialog::saveRule(db, noWord, std::nullopt);
    test::useLanguage(QStringLiteral("en"));
    EXPECT_TRUE(paren.startsWith(QStringLiteral("Deze reguliere expressie is niet bruikbaar: ")))
        << paren.toStdString();
    EXPECT_TRUE(paren.contains(QStringLiteral("haakjes"))) << paren.toStdString();
    EXPECT_NE(paren, repeat) << "each mistake in its own words";
    EXPECT_TRUE(words.startsWith(QStringLiteral("Deze regel kan niet worden bewaard: ")))
        << words.toStdString();
    for (const QString& shown : {paren, repeat, words}) {
        EXPECT_FALSE(shown.contains(QStringLiteral("not a regular expression")))
            << shown.toStdString();
        EXPECT_FALSE(shown.contains(QStringLiteral("need a word"))) << shown.toStdString();
        EXPECT_FALSE(shown.contains(QStringLiteral("parenthesis"))) << shown.toStdString();
    }
    EXPECT_TRUE(stored().empty());
}

// The store gives up on "(a+)+$" against a long line of a's (it hung the refresh before); the
// dialog said such a valid expression was "not valid in JavaScript's syntax".
TEST_F(MuteRulesPageTest, AnExpressionTooCostlyOnTheCacheIsRefusedForThatReason) {
    Database db(dir.database());
    std::int64_t feed = FeedStore(db).addFeed("https://x.nl/feed", "X", std::nullopt, 1769100000);
    Article article;
    article.id = "aaa";
    article.title = "Lange regel";
    article.content = "<p>" + std::string(5000, 'a') + "!</p>";
    {
        Transaction t(db);
        ArticleStore(db).storeArticles(feed, {article}, 1769100000);
        t.commit();
    }
    MuteRule costly;
    costly.kind = MuteRule::Kind::Regex;
    costly.pattern = "(a+)+$";
    QString shown = MuteRuleDialog::saveRule(db, costly, std::nullopt);
    EXPECT_TRUE(shown.contains(QStringLiteral("takes too long"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("ECMAScript"))) << shown.toStdString();
    EXPECT_TRUE(stored().empty());
}

// ".*" compiles, and would have muted every article; the dialog says so, not that the
// expression is invalid.
TEST_F(MuteRulesPageTest, AnExpressionMatchingAnyTextIsRefusedForThatReason) {
    Database db(dir.database());
    MuteRule everything;
    everything.kind = MuteRule::Kind::Regex;
    everything.pattern = ".*";
    QString shown = MuteRuleDialog::saveRule(db, everything, std::nullopt);
    EXPECT_TRUE(shown.contains(QStringLiteral("every article"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("a feed or a folder"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("ECMAScript"))) << shown.toStdString();
    EXPECT_TRUE(stored().empty());
    everything.folder = "Nieuws";
    EXPECT_EQ(MuteRuleDialog::saveRule(db, everything, std::nullopt), QString())
        << "all of one folder is a wish the dialog keeps";
    EXPECT_EQ(stored().size(), 1u);
}

// The dialog named the fault by compiling the expression again with std::regex, whose parser
// recurses a few frames for each bracket: a pasted 100 000 "(" crashed the reader.
TEST_F(MuteRulesPageTest, AHugeExpressionIsRefusedWithoutCrashing) {
    Database db(dir.database());
    MuteRule nested;
    nested.kind = MuteRule::Kind::Regex;
    nested.pattern = std::string(100000, '(') + "x";
    QString shown = MuteRuleDialog::saveRule(db, nested, std::nullopt);
    EXPECT_TRUE(shown.startsWith(QStringLiteral("This regular expression cannot be used: ")))
        << shown.toStdString();
    EXPECT_TRUE(stored().empty());
}

} // namespace
} // namespace heraut
