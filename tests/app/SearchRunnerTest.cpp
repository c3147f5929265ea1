// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's searches off its own thread: a real database file, a real event loop.
#include "SearchRunner.h"
#include "ArticleListModel.h"
#include "TempDatabase.h"
#include "heraut/FeedStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <gtest/gtest.h>
#include <thread>

namespace heraut {
namespace {

using app::ArticleListModel;
using app::SearchRunner;

constexpr std::int64_t kNow = 1769200000;

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 10000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// Turns the event loop for a while, for what should not come.
void settle(int ms = 300) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

class SearchRunnerTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    std::int64_t feed = feeds.addFeed("https://a.nl/feed", "Defensie", "Nederland en België", kNow);

    void SetUp() override {
        std::vector<Article> many;
        for (int i = 0; i < 3000; ++i) {
            Article a;
            a.id = std::to_string(i);
            a.title = (i % 3 == 0 ? "Drone " : i % 3 == 1 ? "Fregat " : "Tank ") + a.id;
            a.content = "<p>Bericht " + a.id + " over de krijgsmacht.</p>";
            a.published = kNow - i;
            many.push_back(a);
        }
        Transaction t(db);
        articles.storeArticles(feed, many, kNow);
        t.commit();
    }

    SearchQuery query(const std::string& text) { return parseSearchQuery(text, kNow); }
};

TEST_F(SearchRunnerTest, RunsOffTheCallersThreadAndDeliversOnIt) {
    SearchRunner runner(QString::fromStdString(dir.database()));
    std::vector<std::pair<std::uint64_t, size_t>> delivered;
    std::thread::id deliveredOn;
    QObject::connect(&runner, &SearchRunner::finished,
                     [&](std::uint64_t ticket, const std::vector<ArticleHeadline>& rows) {
                         delivered.emplace_back(ticket, rows.size());
                         deliveredOn = std::this_thread::get_id();
                     });
    std::uint64_t ticket = runner.start(query("drone"), 5000, ArticleStore::Backlog::IndexFirst);
    EXPECT_TRUE(delivered.empty()) << "start() returns before the search has run";
    ASSERT_TRUE(waitFor([&] { return !delivered.empty(); }));
    EXPECT_EQ(delivered.front(), std::make_pair(ticket, size_t{1000}));
    EXPECT_EQ(deliveredOn, std::this_thread::get_id());
}

// Typing "d", "dr", "dro", ... starts a search per key; only the last one's rows are shown.
TEST_F(SearchRunnerTest, OnlyTheLatestOfSearchesStartedInARowIsDelivered) {
    SearchRunner runner(QString::fromStdString(dir.database()));
    std::vector<std::uint64_t> delivered;
    std::vector<size_t> sizes;
    QObject::connect(&runner, &SearchRunner::finished,
                     [&](std::uint64_t ticket, const std::vector<ArticleHeadline>& rows) {
                         delivered.push_back(ticket);
                         sizes.push_back(rows.size());
                     });
    std::uint64_t last = 0;
    for (const char* typed : {"krijgsmacht", "tank", "bericht", "fregat", "drone 3*"})
        last = runner.start(query(typed), 5000, ArticleStore::Backlog::IndexFirst);
    ASSERT_TRUE(waitFor([&] { return !delivered.empty(); }));
    settle();
    EXPECT_EQ(delivered, std::vector<std::uint64_t>{last});
    EXPECT_EQ(sizes, std::vector<size_t>{articles.search("drone 3*", 5000).size()});
    runner.start(query("tank"), 5000, ArticleStore::Backlog::IndexFirst);
    runner.cancel(); // the reader cleared the search box
    settle();
    EXPECT_EQ(delivered.size(), 1u) << "a cancelled search is not delivered";
}

// The runner's connection is its own: the reader's connection writing does not stop it
// (LeaveToWriter needs no lock).
TEST_F(SearchRunnerTest, SearchesWhileTheReadersConnectionWrites) {
    articles.indexBacklog();
    SearchRunner runner(QString::fromStdString(dir.database()));
    int delivered = 0;
    QObject::connect(&runner, &SearchRunner::finished,
                     [&](std::uint64_t, const std::vector<ArticleHeadline>&) { ++delivered; });
    runner.start(query("tank"), 100, ArticleStore::Backlog::LeaveToWriter);
    ASSERT_TRUE(waitFor([&] { return delivered == 1; }));
    Transaction writing(db);
    runner.start(query("fregat"), 100, ArticleStore::Backlog::LeaveToWriter);
    ASSERT_TRUE(waitFor([&] { return delivered == 2; }, 3000)) << "well within the busy timeout";
    writing.commit();
}

TEST_F(SearchRunnerTest, TheListShowsTheLatestSearchOnly) {
    SearchRunner runner(QString::fromStdString(dir.database()));
    ArticleListModel model(articles);
    model.setSearchRunner(&runner);
    model.setScope({app::ArticleScope::Kind::Folder, 0, QStringLiteral("Nederland en België")});
    int shown = 0;
    QObject::connect(&model, &ArticleListModel::searchShown, [&] { ++shown; });
    for (const char* typed : {"t", "ta", "tan", "tank", "tank 2*"})
        model.setSearchText(QString::fromLatin1(typed));
    EXPECT_TRUE(model.searching());
    ASSERT_TRUE(waitFor([&] { return !model.searching(); }));
    settle();
    EXPECT_EQ(shown, 1);
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_TRUE(model.headline(row).title.starts_with("Tank 2")) << model.headline(row).title;
}

// A term without letter or digit typed after a search: the running search stops, the list
// empties (not the whole scope) and says so, and what shows results is told.
TEST_F(SearchRunnerTest, ATermWithoutLetterOrDigitStopsTheSearchAndShowsNone) {
    SearchRunner runner(QString::fromStdString(dir.database()));
    ArticleListModel model(articles);
    model.setSearchRunner(&runner);
    int shown = 0;
    QObject::connect(&model, &ArticleListModel::searchShown, [&] { ++shown; });
    QString message;
    QObject::connect(&model, &ArticleListModel::searchMessage,
                     [&](const QString& m) { message = m; });
    model.setSearchText(QStringLiteral("tank"));
    ASSERT_TRUE(waitFor([&] { return !model.searching(); }));
    ASSERT_GT(model.rowCount(), 0);
    ASSERT_EQ(shown, 1);
    model.setSearchText(QStringLiteral("drone"));
    model.setSearchText(QStringLiteral("🚀"));
    EXPECT_FALSE(model.searching()) << "the search for \"drone\" was stopped";
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(shown, 2);
    EXPECT_TRUE(message.startsWith(QStringLiteral("🚀:"))) << message.toStdString();
    settle();
    EXPECT_EQ(model.rowCount(), 0) << "no late rows of the stopped search";
    EXPECT_EQ(shown, 2);
}

} // namespace
} // namespace heraut
