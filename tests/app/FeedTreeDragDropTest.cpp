// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds and folders are dragged between folders in the feed list (through the model's
// mimeData/dropMimeData, as the view does it); folders nest and show inside each other; what
// moved is in the database, and the tree is read again from it.
#include "AppFixture.h"

#include <QMimeData>
#include <QTreeView>

namespace heraut {
namespace {

using app::ArticleScope;
using app::FeedTreeModel;

class FeedTreeDragDropTest : public test::AppFixture {
  protected:
    QModelIndex folder(app::MainWindow& w, const char* name) {
        return w.treeModel()->indexOfScope(
            {ArticleScope::Kind::Folder, 0, QString::fromUtf8(name)});
    }
    QModelIndex feed(app::MainWindow& w, std::int64_t id) {
        return w.treeModel()->indexOfScope({ArticleScope::Kind::Feed, id, {}});
    }
    // Drags `what` onto `onto` (an invalid index: the top level) and waits for the tree to be
    // read again.
    bool drag(app::MainWindow& w, const QModelIndex& what, const QModelIndex& onto) {
        bool moved = false;
        auto connection =
            QObject::connect(w.treeModel(), &FeedTreeModel::feedsMoved, [&] { moved = true; });
        std::unique_ptr<QMimeData> data(w.treeModel()->mimeData({what}));
        if (!data) return false;
        if (!w.treeModel()->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, onto)) return false;
        w.treeModel()->dropMimeData(data.get(), Qt::MoveAction, -1, 0, onto);
        bool done = test::waitFor([&] { return moved; }, 3000);
        QObject::disconnect(connection);
        QApplication::processEvents();
        return done;
    }
    std::optional<std::string> folderOf(std::int64_t feedId) {
        Database db(dir.database());
        return FeedStore(db).feed(feedId)->folderName;
    }
};

TEST_F(FeedTreeDragDropTest, AFeedDraggedOntoAFolderMovesThere) {
    auto w = makeWindow();
    w->show();
    ASSERT_TRUE(drag(*w, feed(*w, seedFeed), folder(*w, "Nieuws Vlaanderen")));
    EXPECT_EQ(folderOf(seedFeed), "Nieuws Vlaanderen");
    EXPECT_EQ(feed(*w, seedFeed).parent(), folder(*w, "Nieuws Vlaanderen")) << "the tree too";
    EXPECT_FALSE(folder(*w, "Defensie").isValid()) << "the folder left empty is gone";
}

TEST_F(FeedTreeDragDropTest, DroppedOnAFeedItGoesIntoThatFeedsFolderAndOnNothingToTheTop) {
    auto w = makeWindow();
    w->show();
    ASSERT_TRUE(drag(*w, feed(*w, seedFeed), feed(*w, atomFeed)));
    EXPECT_EQ(folderOf(seedFeed), "Nieuws Vlaanderen");
    ASSERT_TRUE(drag(*w, feed(*w, seedFeed), QModelIndex()));
    EXPECT_EQ(folderOf(seedFeed), std::nullopt);
    EXPECT_FALSE(feed(*w, seedFeed).parent().isValid());
}

TEST_F(FeedTreeDragDropTest, AFolderDraggedIntoAnotherNestsWithItsCountsAndSelection) {
    auto w = makeWindow();
    w->show();
    ASSERT_TRUE(drag(*w, folder(*w, "Defensie"), folder(*w, "Nieuws Vlaanderen")));
    QModelIndex inner = folder(*w, "Defensie");
    ASSERT_TRUE(inner.isValid());
    EXPECT_EQ(inner.parent(), folder(*w, "Nieuws Vlaanderen"));
    EXPECT_EQ(feed(*w, seedFeed).parent(), inner);
    // The outer folder counts the inner one's unread articles and lists them.
    int outer = folder(*w, "Nieuws Vlaanderen").data(FeedTreeModel::UnreadRole).toInt();
    EXPECT_EQ(outer, inner.data(FeedTreeModel::UnreadRole).toInt() +
                         feed(*w, atomFeed).data(FeedTreeModel::UnreadRole).toInt());
    w->selectScope({ArticleScope::Kind::Folder, 0, QStringLiteral("Nieuws Vlaanderen")});
    Database db(dir.database());
    EXPECT_EQ(w->listModel()->rowCount(), ArticleStore(db).count({}));
    // After a restart the tree has the same shape.
    w.reset();
    auto again = makeWindow();
    EXPECT_EQ(folder(*again, "Defensie").parent(), folder(*again, "Nieuws Vlaanderen"));
}

TEST_F(FeedTreeDragDropTest, AFolderCannotGoInsideItsOwnFolderAndVirtualRowsTakeNothing) {
    auto w = makeWindow();
    w->show();
    ASSERT_TRUE(drag(*w, folder(*w, "Defensie"), folder(*w, "Nieuws Vlaanderen")));
    QString failure;
    QObject::connect(w->treeModel(), &FeedTreeModel::moveFailed,
                     [&](const QString& detail) { failure = detail; });
    QModelIndex outer = folder(*w, "Nieuws Vlaanderen");
    std::unique_ptr<QMimeData> data(w->treeModel()->mimeData({outer}));
    w->treeModel()->dropMimeData(data.get(), Qt::MoveAction, -1, 0, folder(*w, "Defensie"));
    EXPECT_FALSE(failure.isEmpty()) << "the store refused and said so";
    QApplication::processEvents();
    EXPECT_EQ(folder(*w, "Defensie").parent(), folder(*w, "Nieuws Vlaanderen")) << "unchanged";
    QModelIndex all = w->treeModel()->indexOfScope({ArticleScope::Kind::All, 0, {}});
    std::unique_ptr<QMimeData> feedData(w->treeModel()->mimeData({feed(*w, atomFeed)}));
    EXPECT_FALSE(w->treeModel()->canDropMimeData(feedData.get(), Qt::MoveAction, -1, 0, all));
    EXPECT_EQ(w->treeModel()->mimeData({all}), nullptr) << "All articles cannot be dragged";
}

} // namespace
} // namespace heraut
