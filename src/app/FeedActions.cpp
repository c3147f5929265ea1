// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedActions.h"

#include "AddFeedDialog.h"
#include "CoreMessages.h"
#include "FeedTreeModel.h"
#include "FileDialogs.h"
#include "FullArticlesSetting.h"
#include "SyncController.h"
#include "WatchListActions.h"
#include "heraut/Opml.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QStatusBar>
#include <QTreeView>
#include <algorithm>
#include <ctime>
#include <thread>

namespace heraut::app {
namespace {

// Where file dialogs start: the user's documents, not the working directory.
// How long a confirmation stays in the status bar: long enough to read a path.
constexpr int kNoticeMs = 10000;

std::int64_t now() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

// The Move dialog's folder box, in average characters: most folder names whole.
constexpr int kMoveDialogChars = 40;
} // namespace

FeedActions::FeedActions(QMainWindow& window, Database& db, FeedStore& feeds, StoreErrors& errors,
                         QTreeView& feedView, const ArticleListModel& list, QLabel& status)
    : QObject(&window), m_window(window), m_db(db), m_feeds(feeds), m_errors(errors),
      m_feedView(feedView), m_list(list), m_status(status) {}

void FeedActions::notice(const QString& text) {
    m_status.setText(text);
    m_window.statusBar()->showMessage(text, kNoticeMs); // a refresh rewrites the label
}

void FeedActions::showContextMenu(const QPoint& position) {
    ArticleScope scope = FeedTreeModel::scopeOf(m_feedView.indexAt(position));
    QMenu menu(&m_window);
    menu.addAction(tr("Refresh"), this, [this, scope] {
        RefreshOptions options;
        if (scope.kind == ArticleScope::Kind::Feed)
            options.feedIds = {scope.feedId};
        else
            options.force = true;
        emit refreshRequested(options);
    });
    menu.addAction(tr("Mark all read"), this, [this, scope] { emit markAllReadRequested(scope); });
    if (scope.kind == ArticleScope::Kind::Feed) {
        std::optional<Feed> feed;
        m_errors.attempt(StoreErrors::readFailure(), [&] { feed = m_feeds.feed(scope.feedId); });
        if (!feed) return;
        addFeedItems(menu, *feed);
    }
    if (m_watchLists) m_watchLists->addMenuItems(menu, scope);
    if (m_db.readOnly()) // everything here but opening the site writes
        for (QAction* action : menu.actions())
            action->setEnabled(action->text() == tr("Open site"));
    menu.exec(m_feedView.viewport()->mapToGlobal(position));
}

void FeedActions::addFeedItems(QMenu& menu, const Feed& feed) {
    menu.addSeparator();
    menu.addAction(tr("Rename…"), this, [this, feed] {
        bool ok = false;
        QString title =
            QInputDialog::getText(&m_window, tr("Rename feed"), tr("Title:"), QLineEdit::Normal,
                                  QString::fromStdString(feed.displayTitle()), &ok);
        if (ok && !title.trimmed().isEmpty())
            m_errors.attempt(tr("Heraut could not rename the feed."),
                             [&] { m_feeds.renameFeed(feed.id, title.trimmed().toStdString()); });
        emit feedsChanged();
    });
    menu.addAction(tr("Move to folder…"), this, [this, feed] { moveFeed(feed); });
    FullArticlesSetting::addMenu(menu, m_db, feed.id, m_errors);
    QAction* images = menu.addAction(tr("Always load images"));
    images->setCheckable(true);
    images->setChecked(feed.loadImages);
    connect(images, &QAction::toggled, this, [this, id = feed.id](bool on) {
        m_errors.attempt(tr("Heraut could not save the image setting of the feed."),
                         [&] { m_feeds.setLoadImages(id, on); });
    });
    if (feed.siteLink)
        menu.addAction(tr("Open site"), this, [this, feed] {
            emit openRequested(QUrl(QString::fromStdString(*feed.siteLink)));
        });
    menu.addSeparator();
    menu.addAction(tr("Remove…"), this, [this, feed] {
        if (QMessageBox::question(&m_window, tr("Remove feed"),
                                  tr("Remove \"%1\" and its cached articles?")
                                      .arg(QString::fromStdString(feed.displayTitle()))) !=
            QMessageBox::Yes)
            return;
        if (!m_errors.attempt(tr("Heraut could not remove the feed."), [&] {
                m_feeds.removeFeed(feed.id);
                m_feeds.removeEmptyFolders();
            }))
            return;
        emit scopeRequested({});
        emit feedsChanged();
    });
}

QString FeedActions::currentFolder() const {
    ArticleScope scope = m_list.scope();
    if (scope.kind == ArticleScope::Kind::Folder) return scope.folder;
    if (scope.kind != ArticleScope::Kind::Feed) return {};
    auto* tree = static_cast<const FeedTreeModel*>(m_feedView.model());
    return tree->indexOfScope(scope).parent().data(FeedTreeModel::FolderRole).toString();
}

void FeedActions::setSyncController(SyncController* sync) {
    m_sync = sync;
    connect(sync, &SyncController::subscribed, this, [this](qint64 feedId) {
        emit feedsChanged();
        if (feedId > 0) emit scopeRequested({ArticleScope::Kind::Feed, feedId, {}});
    });
}

void FeedActions::addFeed() {
    std::vector<Folder> stored;
    if (!m_errors.attempt(StoreErrors::readFailure(), [&] { stored = m_feeds.folders(); })) return;
    QStringList folders;
    for (const Folder& folder : stored)
        folders << QString::fromStdString(folder.name);
    AddFeedDialog dialog(folders, currentFolder(), &m_window);
    if (m_sync) {
        try {
            dialog.setAccounts(accountChoices(m_db));
        } catch (const StoreError&) { // offered without accounts; the window reports the store
        }
    }
    if (dialog.exec() != QDialog::Accepted || dialog.url().empty()) return;
    if (auto account = dialog.account(); account && m_sync)
        return m_sync->subscribe(*account, dialog.url(), dialog.folder());
    std::string address = dialog.url();
    SubscribeRequest request{address, dialog.folder(), dialog.title(), 0};
    FullArticlesMode mode = dialog.fullArticles();
    m_status.setText(tr("Looking for feeds at %1…").arg(QString::fromStdString(address)));
    // The network is never asked on the window's thread.
    QPointer<FeedActions> self(this); // the window may close before the network answers
    std::thread([self, address, request, mode] {
        std::vector<DiscoveredFeed> found;
        QString error;
        try {
            Fetcher fetcher;
            found = discoverFeeds(fetcher, address);
        } catch (const SubscribeError& e) {
            error = CoreMessages::subscribeError(e);
        } catch (const std::exception&) {
            error = tr("Heraut could not look for feeds at this address.");
        }
        if (!self) return;
        QMetaObject::invokeMethod(
            self,
            [self, found, error, request, mode] {
                if (error.isEmpty()) return self->offerDiscovered(found, request, mode);
                self->m_status.setText(error);
                QMessageBox::warning(&self->m_window, tr("Add feed"), error);
            },
            Qt::QueuedConnection);
    }).detach();
}

bool FeedActions::moveFeed(const Feed& feed) {
    QStringList names{tr("(no folder)")};
    std::vector<Folder> folders;
    if (!m_errors.attempt(StoreErrors::readFailure(), [&] { folders = m_feeds.folders(); }))
        return false;
    for (const Folder& f : folders)
        names << QString::fromStdString(f.name);
    QInputDialog dialog(&m_window);
    dialog.setObjectName(QStringLiteral("moveFeedDialog"));
    dialog.setWindowTitle(tr("Move feed"));
    dialog.setLabelText(tr("Folder (or type a new one):"));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(true);
    // The feed's own folder is preselected: a move starts from where it is.
    dialog.setTextValue(feed.folderName ? QString::fromStdString(*feed.folderName) : names.front());
    // Qt sizes the dialog to its label (about 200 px), cutting folder names off; its layout
    // overrides a minimum set on the dialog itself, so the box gets it.
    QFontMetrics metrics = dialog.fontMetrics();
    int widest = 0;
    for (const QString& name : names)
        widest = std::max(widest, metrics.horizontalAdvance(name));
    if (auto* box = dialog.findChild<QComboBox*>())
        box->setMinimumWidth(std::clamp(widest + 8 * metrics.averageCharWidth(),
                                        kMoveDialogChars * metrics.averageCharWidth(),
                                        2 * kMoveDialogChars * metrics.averageCharWidth()));
    if (dialog.exec() != QDialog::Accepted) return false;
    QString folder = dialog.textValue().trimmed();
    bool moved = m_errors.attempt(tr("Heraut could not move the feed."), [&] {
        m_feeds.moveFeed(feed.id, folder == names.front() || folder.isEmpty()
                                      ? std::nullopt
                                      : std::optional(folder.toStdString()));
    });
    emit feedsChanged();
    return moved;
}

void FeedActions::offerDiscovered(const std::vector<DiscoveredFeed>& found,
                                  SubscribeRequest request, FullArticlesMode mode) {
    size_t choice = 0;
    if (found.size() > 1) {
        QStringList names;
        for (const DiscoveredFeed& f : found)
            names << describeDiscoveredFeed(f);
        bool ok = false;
        QString picked = QInputDialog::getItem(
            &m_window, tr("Add feed"), tr("This page offers several feeds:"), names, 0, false, &ok);
        if (!ok) return;
        choice = static_cast<size_t>(names.indexOf(picked));
    }
    request.url = found[choice].url;
    subscribeInBackground(request, mode);
}

void FeedActions::subscribeInBackground(const SubscribeRequest& request,
                                        FullArticlesMode fullArticles) {
    QPointer<FeedActions> self(this);
    std::thread([self, request, fullArticles, path = m_db.path()] {
        QString error;
        SubscribeResult result;
        try {
            Database db(path); // a connection of this thread's own
            Fetcher fetcher;
            result = subscribe(db, fetcher, request, now());
            FullArticleStore(db).setMode(result.feedId, fullArticles);
        } catch (const StoreError& e) {
            error = (StoreErrors::explain(e.kind()) + QStringLiteral("\n\n") +
                     StoreErrors::resultCodeText(e.resultCode()))
                        .trimmed();
        } catch (const SubscribeError& e) {
            error = CoreMessages::subscribeError(e);
        } catch (const std::exception&) {
            error = tr("Heraut could not add the feed.");
        }
        if (!self) return;
        QMetaObject::invokeMethod(
            self,
            [self, error, result] {
                if (!error.isEmpty()) {
                    QMessageBox::warning(&self->m_window, tr("Add feed"), error);
                    return;
                }
                self->m_status.setText(tr("Added %1: %n article(s).", nullptr, result.newArticles)
                                           .arg(QString::fromStdString(result.title)));
                emit self->feedsChanged();
                emit self->scopeRequested({ArticleScope::Kind::Feed, result.feedId, {}});
            },
            Qt::QueuedConnection);
    }).detach();
}

void FeedActions::importOpmlFile() {
    QString path = openFileName(&m_window, tr("Import OPML"), documentsFolder(),
                                tr("OPML files (*.opml *.xml)"));
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return;
    try {
        ImportResult result = importOpml(m_db, file.readAll().toStdString(), now());
        notice(tr("%n feed(s) added.", nullptr, result.added));
        emit feedsChanged();
        emit refreshRequested({});
        // What was refused or rearranged is said, never dropped silently.
        QStringList notes;
        for (const RejectedOutline& r : result.rejected)
            notes << tr("Not imported: %1 (%2): %3")
                         .arg(QString::fromStdString(r.title),
                              QString::fromStdString(withoutPasswords(r.url)),
                              CoreMessages::urlProblem(r.kind));
        for (const OpmlNote& note : result.notes)
            notes << CoreMessages::opmlNote(note);
        if (!notes.isEmpty())
            QMessageBox::information(&m_window, tr("Import OPML"), notes.join(QLatin1Char('\n')));
    } catch (const StoreError& e) {
        m_errors.report(tr("Heraut could not import the OPML file."), e,
                        StoreErrors::Origin::UserAction);
    } catch (const OpmlError& e) {
        QMessageBox box(
            QMessageBox::Warning, tr("Import OPML"),
            tr("%1 is not an OPML file: nothing was imported.").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, &m_window);
        box.setObjectName(QStringLiteral("opmlErrorBox"));
        box.setDetailedText(CoreMessages::opmlError(e));
        box.exec();
    } catch (const std::exception&) {
        QMessageBox::warning(&m_window, tr("Import OPML"),
                             tr("Heraut could not import the OPML file."));
    }
}

void FeedActions::exportOpmlFile() {
    QString path = saveFileName(&m_window, tr("Export OPML"),
                                QDir(documentsFolder()).filePath(QStringLiteral("heraut.opml")),
                                tr("OPML files (*.opml)"));
    if (path.isEmpty()) return;
    if (m_db.isOwnFile(path.toStdString())) {
        QMessageBox::warning(&m_window, tr("Export OPML"),
                             tr("%1 is Heraut's news cache: choose another file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    std::string opml;
    if (!m_errors.attempt(StoreErrors::readFailure(), [&] { opml = exportOpml(m_db); })) return;
    QSaveFile file(path); // a full disk leaves the old file, not half a new one
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(opml)) < 0 ||
        !file.commit()) {
        QMessageBox::warning(&m_window, tr("Export OPML"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    notice(tr("Feeds exported to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace heraut::app
