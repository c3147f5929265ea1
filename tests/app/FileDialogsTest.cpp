// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's file dialogs list the folder of its news cache without opening the cache: a read
// and close of that file by the reader's process drops SQLite's locks on it, and heraut-cli run
// next then deletes the reader's write-ahead log (its changes lost, the file damaged). Checked
// as a user meets it: the window's connection open, the dialog shown over the cache's folder,
// then a real heraut-cli run.
#include "FileDialogs.h"
#include "TempDatabase.h"
#include "heraut/Database.h"
#include "heraut/WatchLists.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QTest>
#include <filesystem>
#include <gtest/gtest.h>

namespace heraut {
namespace {

// Shows the dialog until its list holds the cache's file, as a user looking at the folder.
void browse(QFileDialog& dialog, const std::string& folder) {
    dialog.setDirectory(QString::fromStdString(folder));
    dialog.show();
    auto* model = dialog.findChild<QFileSystemModel*>();
    ASSERT_NE(model, nullptr);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000 &&
           model->rowCount(model->index(QString::fromStdString(folder))) < 1)
        QTest::qWait(50);
    QTest::qWait(500); // the icons and types are gathered after the names
    dialog.close();
}

int cliWatchList(const std::string& database) {
    QProcess cli;
    cli.start(QStringLiteral(HERAUT_CLI), {QStringLiteral("--db"), QString::fromStdString(database),
                                           QStringLiteral("watch"), QStringLiteral("list")});
    if (!cli.waitForFinished(30000)) return -1;
    return cli.exitCode();
}

TEST(FileDialogsTest, ListingTheCachesFolderLeavesTheReadersLocksAndLog) {
    test::TempDir dir;
    Database db(dir.database()); // the window's connection, in WAL mode
    WatchListStore(db).add("Proef", "volkel", false, 1769100000);
    std::string wal = dir.database() + "-wal";
    ASSERT_TRUE(std::filesystem::exists(wal));

    QFileDialog dialog;
    if (!qEnvironmentVariableIsSet("HERAUT_TEST_DEFAULT_DIALOG"))
        app::listFilesByName(dialog);
    else
        dialog.setOption(QFileDialog::DontUseNativeDialog); // to see this test fail without it
    browse(dialog, std::filesystem::path(dir.database()).parent_path().string());

    EXPECT_EQ(cliWatchList(dir.database()), 0);
    EXPECT_TRUE(std::filesystem::exists(wal))
        << "heraut-cli deleted the reader's write-ahead log: the dialog opened the cache";
    // The window still writes where heraut-cli reads.
    size_t before = WatchListStore(db).lists().size();
    WatchListStore(db).add("Tweede", "patriot", false, 1769100000);
    Database other(dir.database());
    EXPECT_EQ(WatchListStore(other).lists().size(), before + 1);
}

} // namespace
} // namespace heraut
