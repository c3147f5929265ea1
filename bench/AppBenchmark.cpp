// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop reader over a 100 000-article cache: time from process start to the first
// headlines painted, peak memory, and the longest frame while switching feeds and scrolling.
//
//   bench_app            prepares the cache (once) and runs the measured child under /usr/bin/time
//   bench_app --child DB the measured run itself
#include "ArticleListModel.h"
#include "BriefingPage.h"
#include "MainWindow.h"
#include "WordPressCorpus.h"
#include "heraut/FeedParser.h"
#include "heraut/FeedStore.h"
#include "heraut/StoryGrouper.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

namespace {

using namespace heraut;
using Clock = std::chrono::steady_clock;

constexpr std::int64_t kNow = 1769200000;

void buildCache(const std::string& path) {
    Database db(path);
    FeedStore feeds(db);
    ArticleStore articles(db);
    for (int f = 0; f < 200; ++f) {
        ParsedFeed parsed = parseFeed(
            test::makeWordPressFeed(f, 50, "https://bron" + std::to_string(f) + ".nl"), {});
        std::int64_t id = feeds.addFeed("https://bron" + std::to_string(f) + ".nl/feed/",
                                        parsed.title, "Map " + std::to_string(f % 8), kNow);
        for (int round = 0; round < 10; ++round) {
            std::vector<Article> batch = parsed.articles;
            for (Article& a : batch) {
                a.id.append("#").append(std::to_string(round));
                a.published = *a.published - round * 7 * 86400;
            }
            Transaction t(db);
            articles.storeArticles(id, batch, kNow);
            t.commit();
        }
    }
    articles.indexBacklog(); // as the refreshes that filled a real cache would have
    groupWaitingStories(db); // likewise
}

// Fires once the article list has painted rows.
class FirstPaint : public QObject {
  public:
    explicit FirstPaint(QTableView* view) : m_view(view) {
        view->viewport()->installEventFilter(this);
    }
    bool painted = false;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && m_view->model()->rowCount() > 0) painted = true;
        return QObject::eventFilter(watched, event);
    }

  private:
    QTableView* m_view;
};

// User and system time of this process so far, all threads: what start-up costs, apart from
// waiting for a busy machine.
double cpuMilliseconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// CPU time of the calling thread so far.
double threadCpuMilliseconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int child(int argc, char** argv, Clock::time_point processStart) {
    QApplication app(argc, argv);
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath("s.ini"), QSettings::IniFormat);
    settings.setValue("refresh/onStart", false);
    // The same figures with the list in story mode (StoryMode.h): HERAUT_BENCH_STORIES=1.
    settings.setValue("stories/mode", std::getenv("HERAUT_BENCH_STORIES") != nullptr);
    app::MainWindow window(std::make_unique<Database>(argv[2]), settings);
    window.resize(1280, 800);
    FirstPaint paint(window.listView());
    window.show();
    while (!paint.painted)
        QApplication::processEvents();
    double startup = std::chrono::duration<double, std::milli>(Clock::now() - processStart).count();
    std::printf("startup to first headlines painted: %.1f ms, %.1f ms CPU (%d rows loaded)\n",
                startup, cpuMilliseconds(), window.listModel()->rowCount());
    // Frames: each switch or scroll step is followed by a full repaint, timed as one frame.
    double longest = 0;
    QString longestWhat;
    QString what;
    // The same in the GUI thread's CPU time: on a loaded machine, what the frame itself cost.
    double longestCpu = 0;
    QString longestCpuWhat;
    auto frame = [&](auto&& action) {
        QElapsedTimer timer;
        timer.start();
        double cpuStart = threadCpuMilliseconds();
        action();
        window.listView()->viewport()->repaint();
        window.feedView()->viewport()->repaint();
        QApplication::processEvents();
        double ms = timer.nsecsElapsed() / 1e6;
        double cpu = threadCpuMilliseconds() - cpuStart;
        if (std::getenv("HERAUT_BENCH_VERBOSE"))
            std::printf("  %6.1f ms (%5.1f ms CPU)  %s\n", ms, cpu, qPrintable(what));
        if (ms > longest) {
            longest = ms;
            longestWhat = what;
        }
        if (cpu > longestCpu) {
            longestCpu = cpu;
            longestCpuWhat = what;
        }
    };
    // The same with the list sorted by title, which the store sorts whole for every page
    // (ArticleOrder): HERAUT_BENCH_SORT=title.
    if (std::getenv("HERAUT_BENCH_SORT"))
        frame([&] {
            what = QStringLiteral("sort by title");
            window.listView()->sortByColumn(app::ArticleListModel::TitleColumn, Qt::AscendingOrder);
        });
    QAbstractItemModel* tree = window.feedView()->model();
    int switches = 0;
    for (int round = 0; round < 3; ++round)
        for (int row = 0; row < tree->rowCount(); ++row, ++switches)
            frame([&] {
                what = tree->index(row, 0).data().toString();
                window.feedView()->setCurrentIndex(tree->index(row, 0));
            });
    window.feedView()->setCurrentIndex(tree->index(0, 0));
    QScrollBar* bar = window.listView()->verticalScrollBar();
    int scrolls = 0;
    for (; scrolls < 400; ++scrolls)
        frame([&] {
            what = QStringLiteral("scroll");
            bar->setValue(bar->value() + bar->pageStep() / 2);
        });
    // The briefing is built on a thread of its own (BriefingRunner.h); every turn of the event
    // loop until it is shown counts as a frame, its arrival on the page included.
    window.selectScope({app::ArticleScope::Kind::Briefing, 0, {}});
    QElapsedTimer built;
    built.start();
    while (window.briefingPage()->building()) {
        QThread::msleep(2); // idle, as a reader's window waits: not a frame
        frame([&] {
            what = QStringLiteral("briefing arriving");
            QApplication::processEvents();
        });
    }
    std::printf("briefing shown after %.1f ms\n", built.nsecsElapsed() / 1e6);
    std::printf(
        "longest frame over %d feed switches and %d scroll steps: %.1f ms (%s; %d rows loaded)\n",
        switches, scrolls, longest, qPrintable(longestWhat), window.listModel()->rowCount());
    std::printf("longest frame in the GUI thread's CPU time: %.1f ms (%s)\n", longestCpu,
                qPrintable(longestCpuWhat));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    auto processStart = Clock::now();
    if (argc >= 3 && std::string(argv[1]) == "--child") return child(argc, argv, processStart);
    std::string cache =
        (std::filesystem::temp_directory_path() / "heraut-bench-app-100k.sqlite").string();
    if (!std::filesystem::exists(cache)) {
        std::printf("building a 100 000-article cache in %s ...\n", cache.c_str());
        buildCache(cache);
    }
    std::string report =
        (std::filesystem::temp_directory_path() / "heraut-bench-app-time").string();
    std::vector<std::string> args = {"/usr/bin/time", "-f",    "%M",      "-o",
                                     report,          argv[0], "--child", cache};
    std::vector<char*> argp;
    for (auto& a : args)
        argp.push_back(a.data());
    argp.push_back(nullptr);
    for (int run = 0; run < 3; ++run) {
        pid_t pid = 0;
        if (posix_spawn(&pid, argp[0], nullptr, nullptr, argp.data(), environ) != 0) return 2;
        int status = 0;
        waitpid(pid, &status, 0);
        long kb = 0;
        std::ifstream(report) >> kb;
        std::printf("run %d peak memory: %.1f MB\n", run + 1, static_cast<double>(kb) / 1024.0);
    }
    return 0;
}
