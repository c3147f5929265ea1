// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BriefingPage.h"
#include "DatabaseRescueDialog.h"
#include "ElidedLabel.h"
#include "FailedFeedsPanel.h"
#include "FeedActions.h"
#include "FeedTreeDelegate.h"
#include "KeyboardContextMenu.h"
#include "ListEnds.h"
#include "ListHeader.h"
#include "ListNotice.h"
#include "MuteRuleDialog.h"
#include "PaneLayout.h"
#include "RefreshProgress.h"
#include "RichTextDialog.h"
#include "ScrolledPastReader.h"
#include "SearchRunner.h"
#include "SearchScope.h"
#include "SettingsDialog.h"
#include "StoryMode.h"
#include "StoryRowExpander.h"
#include "SyncController.h"
#include "TrayMenu.h"
#include "WatchListActions.h"
#include "WindowGeometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <ctime>
#include <thread>

namespace heraut::app {
namespace {

// How long a confirmation stays in the status bar: long enough to read a path.
constexpr int kNoticeMs = 10000;

std::int64_t now() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(db)), m_qsettings(settings),
      m_settings(AppSettings::load(settings)), m_feeds(*m_db), m_articles(*m_db),
      m_treeModel(new FeedTreeModel(m_feeds, m_articles, this)),
      m_listModel(new ArticleListModel(m_articles, this)),
      m_refresher(new RefreshController(QString::fromStdString(m_db->path()), this)),
      m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); }) {
    setWindowTitle(QStringLiteral("Heraut"));
    setWindowIcon(QIcon(QStringLiteral(":/heraut/heraut.svg")));
    buildLayout();
    m_errors = new StoreErrors(this, m_statusLabel);
    m_pending = new PendingChanges(*m_db, m_articles, *m_errors, this);
    m_listModel->setStoreErrors(m_errors, m_pending);
    m_treeModel->setWatchLists(&m_watchLists);
    connect(m_treeModel, &FeedTreeModel::watchListGrew, this, [this](const QString& name, int n) {
        if (m_tray && m_settings.notifications)
            m_tray->showMessage(name, tr("%n new article(s) in this watch-list.", nullptr, n));
    });
    connect(m_errors, &StoreErrors::damaged, this,
            [this] { noteDamaged(m_qsettings, m_db->path()); });
    connect(m_pending, &PendingChanges::changed, this, [this, waited = false](int waiting) mutable {
        if (waiting > 0)
            m_statusLabel->setText(tr("%n mark(s) wait to be saved.", nullptr, waiting));
        else if (waited)
            m_statusLabel->setText(tr("Your marks are saved."));
        waited = waiting > 0;
    });
    m_trayMenu = new TrayMenu(*this);
    connect(m_trayMenu, &TrayMenu::refreshAllRequested, this, &MainWindow::refreshAll);
    connect(m_trayMenu, &TrayMenu::markAllReadRequested, this, [this] {
        selectScope({});
        markAllRead();
    });
    buildFeedActions();
    buildActions();
    buildShortcuts();
    buildListHelpers();
    m_markReadTimer.setSingleShot(true);
    connect(&m_markReadTimer, &QTimer::timeout, this, [this] {
        int row = m_listModel->rowOfArticle(m_shownArticle);
        if (row >= 0) m_listModel->setRead(row, true);
        reloadFeeds();
    });
    m_errors->attempt(
        StoreErrors::readFailure(), [this] { m_dataVersion = m_db->dataVersion(); },
        StoreErrors::Origin::Background);
    if (!m_db->readOnly())
        m_errors->attempt(tr("Heraut could not move the per-feed image settings into its news "
                             "cache; it tries again at the next start."),
                          [this] { moveFeedImageSettingsToDatabase(m_qsettings, m_feeds); });
    connect(&m_pollTimer, &QTimer::timeout, this, &MainWindow::pickUpExternalChanges);
    m_pollTimer.start(1500);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] { startRefresh({}); });
    m_sync = new SyncController(QString::fromStdString(m_db->path()), this);
    m_treeModel->setAccountTitles([this] { return accountTitles(*m_db); });
    m_sync->attach(statusBar(), m_statusLabel);
    m_feedActions->setSyncController(m_sync);
    connect(&m_autoRefresh, &QTimer::timeout, m_sync, [this] { m_sync->start(false); });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { m_listModel->setSearchText(m_search->text()); });
    m_listModel->setSearchRunner(new SearchRunner(
        QString::fromStdString(m_db->path()),
        m_db->readOnly() ? Database::Access::ReadOnly : Database::Access::ReadWrite, this));
    connect(m_listModel, &ArticleListModel::searchShown, this, &MainWindow::selectShownArticle);
    connect(m_listModel, &ArticleListModel::searchMessage, this, [this](const QString& message) {
        m_search->setToolTip(message);
        if (!message.isEmpty()) m_statusLabel->setText(message);
    });
    connect(m_refresher, &RefreshController::started, this, [this](int total) {
        if (total == 0) return; // nothing due: the refresh's quiet work is not news
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(0);
        m_progress->setVisible(total > 0);
        m_statusLabel->setText(tr("Refreshing %n feed(s)…", nullptr, total));
    });
    connect(m_refresher, &RefreshController::feedDone, this,
            [this](int done, int total, int, const QString& title, const QString&) {
                m_progress->setValue(done);
                m_statusLabel->setText(
                    tr("Refreshing: %1 of %2 (%3)").arg(done).arg(total).arg(title));
            });
    connect(m_refresher, &RefreshController::finished, this, &MainWindow::onRefreshFinished);
    connect(m_refresher, &RefreshController::storeFailed, this,
            [this](const QString& detail, int kind, int code) {
                m_errors->report(tr("The refresh could not use the news cache."),
                                 StoreError(detail.toStdString(), StoreError::Kind(kind), code),
                                 StoreErrors::Origin::Background);
            });
    if (m_db->readOnly())
        m_statusLabel->setText(tr("Opened read-only: nothing you change is saved."));
    reloadFeeds();
    ArticleScope last = m_treeState->savedScope();
    selectScope(m_treeModel->indexOfScope(last).isValid() ? last : ArticleScope{});
    applySettings(m_settings);
    WindowGeometry::restore(settings, *this);
    m_panes->restore(settings);
    if (m_settings.refreshOnStart && !m_db->readOnly())
        QTimer::singleShot(0, this, [this] { startRefresh({}); });
    if (!m_db->readOnly()) QTimer::singleShot(0, m_sync, [this] { m_sync->start(true); });
}

MainWindow::~MainWindow() {
    m_refresher->cancel();
    m_refresher->wait();
    m_pending->flushSilently(); // a window never closed (tests) still saves what it can
}

void MainWindow::buildLayout() {
    m_icons = new FeedIcons(this);
    m_treeModel->setFeedIcons(m_icons);
    m_listModel->setFeedIcons(m_icons);
    connect(m_icons, &FeedIcons::changed, m_treeModel, &FeedTreeModel::applyIcons);
    m_feedView = new QTreeView;
    m_feedView->setModel(m_treeModel);
    m_feedView->setHeaderHidden(true);
    m_feedView->setItemDelegate(new FeedTreeDelegate(m_feedView));
    m_treeState = new FeedTreeState(*m_feedView, m_qsettings, this);
    m_feedView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_feedView->setAccessibleName(tr("Feeds"));
    connect(m_feedView, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& position) { m_feedActions->showContextMenu(position); });
    new KeyboardContextMenu(*m_feedView);
    m_feedView->setDragDropMode(QAbstractItemView::DragDrop);
    m_feedView->setDefaultDropAction(Qt::MoveAction);
    m_feedView->setDropIndicatorShown(true);
    connect(m_treeModel, &FeedTreeModel::feedsMoved, this, &MainWindow::reloadFeeds);
    connect(m_treeModel, &FeedTreeModel::moveFailed, this, [this](const QString& detail) {
        m_errors->report(tr("Heraut could not move the feed."), StoreError(detail.toStdString()),
                         StoreErrors::Origin::UserAction);
    });

    m_listView = new QTableView;
    m_listView->setModel(m_listModel);
    new ListEnds(*m_listView, *m_listModel); // Home/End: the whole list's first and last
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setSortingEnabled(true);
    m_listView->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 8);
    m_listView->setShowGrid(false);
    m_listView->setWordWrap(false);
    m_listView->setAlternatingRowColors(true);
    m_listView->setAccessibleName(tr("Articles"));
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrentArticle(); });
    connect(m_listView, &QTableView::doubleClicked, this, [this] { openCurrentInBrowser(); });
    m_articleMenu = new ArticleContextMenu(*m_listView, *m_listModel, this);
    connect(m_articleMenu, &ArticleContextMenu::openRequested, this,
            [this](const QUrl& url) { openUrl(url); });
    connect(m_articleMenu, &ArticleContextMenu::readOrStarChanged, this, [this](qint64 id) {
        if (id == m_shownArticle) m_markReadTimer.stop(); // the reader's mark wins
        reloadFeeds();
    });
    connect(m_articleMenu, &ArticleContextMenu::selectedForMenu, this, [this](qint64 id) {
        if (id == m_shownArticle) m_markReadTimer.stop();
    });
    new KeyboardContextMenu(*m_listView);
    connect(m_articleMenu, &ArticleContextMenu::markOlderReadRequested, this,
            [this](qint64 date) { markOlderRead(date); });
    if (!m_db->readOnly())
        connect(m_articleMenu, &ArticleContextMenu::muteRequested, this,
                [this](qint64 id) { MuteRuleDialog::muteLike(*m_db, id, this); });
    new StoryRowExpander(*m_listView, *m_listModel, this);
    m_listModel->setFullArticles(m_db.get());
    m_fullFetch = new FullArticleFetch(QString::fromStdString(m_db->path()), this);
    connect(m_articleMenu, &ArticleContextMenu::fullArticleRequested, this, [this](qint64 id) {
        m_fullFetch->start(id);
        m_statusLabel->setText(tr("Fetching the full article…"));
    });
    connect(m_fullFetch, &FullArticleFetch::finished, this,
            [this](qint64 id, bool stored, const QString& message) {
                m_statusLabel->setText(message);
                if (!stored) return;
                m_listModel->noteFullText(id);
                int row = currentRow();
                if (row >= 0 && m_listModel->headline(row).id == id) showCurrentArticle();
            });
    connect(m_refresher, &RefreshController::pageStored, this, [this](qint64 id) {
        m_listModel->noteFullText(id); // the refresh's pages, as each arrives
        int row = currentRow();
        if (row >= 0 && m_listModel->headline(row).id == id) showCurrentArticle();
    });

    m_articleView = new ArticleView;
    m_articleView->setAccessibleName(tr("Article"));
    connect(m_articleView, &ArticleView::openRequested, this,
            [this](const QUrl& url) { openUrl(url); });
    connect(m_articleView, &ArticleView::imagesRequested, this, [this] {
        // Remembered with the article, so that it shows its images after a restart too.
        if (!m_db->readOnly())
            m_errors->attempt(tr("Heraut could not remember to load this article's images."),
                              [this] { m_articles.setImagesAllowed(m_shownArticle, true); });
        loadImagesOfCurrent();
    });

    m_listHeader = new ListHeader;
    auto* listPane = new QWidget;
    auto* listColumn = new QVBoxLayout(listPane);
    listColumn->setContentsMargins(0, 0, 0, 0);
    listColumn->setSpacing(0);
    listColumn->addWidget(m_listHeader);
    listColumn->addWidget(m_listView, 1);
    m_inner = new QSplitter(Qt::Horizontal);
    m_inner->addWidget(listPane);
    m_inner->addWidget(m_articleView);
    m_inner->setStretchFactor(0, 1);
    m_inner->setStretchFactor(1, 1);
    m_outer = new QSplitter(Qt::Horizontal);
    m_outer->addWidget(m_feedView);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(1, 1);
    m_panes = new PaneLayout(*m_outer, *m_inner, *m_feedView, *m_listView, this);
    setCentralWidget(m_outer);
    m_briefing = new BriefingPage(*m_db, m_qsettings);
    m_briefing->placeBeside(m_inner, listPane, m_articleView);
    connect(m_briefing, &BriefingPage::openRequested, this, [this](const QUrl& u) { openUrl(u); });
    connect(m_briefing, &BriefingPage::notice, this,
            [this](const QString& text) { m_feedActions->notice(text); });
    connect(m_feedView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                ArticleScope scope = FeedTreeModel::scopeOf(index);
                if (!(scope == m_listModel->scope())) m_listModel->setScope(scope);
                m_listHeader->setTitle(index.data(Qt::DisplayRole).toString());
                m_briefing->setShown(scope.kind == ArticleScope::Kind::Briefing);
                clearArticleIfGone();
            });

    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_statusLabel = new ElidedLabel;
    m_failingLink = new QLabel;
    m_failingLink->setTextFormat(Qt::RichText);
    connect(m_failingLink, &QLabel::linkActivated, this, [this] { showFailingFeeds(); });
    m_undoButton = new QToolButton;
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setVisible(false);
    connect(m_undoButton, &QToolButton::clicked, this, &MainWindow::undoMarkAllRead);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_undoButton);
    statusBar()->addPermanentWidget(m_failingLink);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::buildFeedActions() {
    m_feedActions = new FeedActions(*this, *m_db, m_feeds, *m_errors, *m_feedView, *m_listModel,
                                    *m_statusLabel);
    connect(m_feedActions, &FeedActions::feedsChanged, this, &MainWindow::reloadFeeds);
    connect(m_feedActions, &FeedActions::scopeRequested, this, &MainWindow::selectScope);
    connect(m_feedActions, &FeedActions::refreshRequested, this, &MainWindow::startRefresh);
    connect(m_feedActions, &FeedActions::openRequested, this,
            [this](const QUrl& url) { openUrl(url); });
    connect(m_feedActions, &FeedActions::markAllReadRequested, this,
            [this](const ArticleScope& scope) {
                selectScope(scope);
                markAllRead();
            });
    m_watchActions = new WatchListActions(*this, *m_db, *m_errors, *m_listModel, this);
    m_watchActions->setCurrentSearch([this] { return m_search->text(); });
    m_feedActions->setWatchListActions(m_watchActions);
    connect(m_watchActions, &WatchListActions::listsChanged, this, &MainWindow::reloadFeeds);
    connect(m_watchActions, &WatchListActions::scopeRequested, this, &MainWindow::selectScope);
}

void MainWindow::buildActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* add = file->addAction(tr("&Add feed…"), m_feedActions, &FeedActions::addFeed);
    add->setShortcut(QKeySequence::New);
    QAction* import =
        file->addAction(tr("&Import OPML…"), m_feedActions, &FeedActions::importOpmlFile);
    file->addAction(tr("&Export OPML…"), m_feedActions, &FeedActions::exportOpmlFile);
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, &MainWindow::showSettingsDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, m_trayMenu, &TrayMenu::quit);

    QMenu* view = menuBar()->addMenu(tr("&Articles"));
    QAction* refresh = view->addAction(tr("Refresh all"), this, &MainWindow::refreshAll);
    QAction* markAll = view->addAction(tr("Mark all read"), this, &MainWindow::markAllRead);
    QAction* undo = view->addAction(tr("Undo mark all read"), QKeySequence::Undo, this,
                                    &MainWindow::undoMarkAllRead);
    view->addAction(m_panes->feedListAction());
    view->addAction(tr("New watch-list…"), this, [this] { m_watchActions->newList(); })
        ->setEnabled(!m_db->readOnly());
    m_unreadOnly = view->addAction(tr("Only unread"));
    m_unreadOnly->setCheckable(true);
    connect(m_unreadOnly, &QAction::toggled, m_listModel, &ArticleListModel::setUnreadOnly);
    m_storyMode = new StoryMode(*m_db, m_qsettings, m_listModel, m_treeModel, this);
    m_listHeader->setStorySwitch(m_storyMode->switchAction());
    connect(m_storyMode->switchAction(), &QAction::toggled, this, [this] {
        reloadFeeds();
        // Queued after the list's reset: the pane shows the selected row as the new mode shows
        // it (a story's sources side by side, or the one article), not what the old mode showed.
        QMetaObject::invokeMethod(
            this, [this] { showCurrentArticle(); }, Qt::QueuedConnection);
    });
    m_scrolledPast = new ScrolledPastReader(*m_listView, *m_listModel, this);
    view->addAction(m_scrolledPast->action());
    connect(m_scrolledPast, &ScrolledPastReader::markedRead, this, &MainWindow::markedByScrolling);
    connect(m_scrolledPast, &ScrolledPastReader::toggled, this, [this](bool on) {
        m_settings.markReadScrolledPast = on;
        m_settings.save(m_qsettings);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Heraut"), this, [this] {
        QMessageBox::about(this, tr("About Heraut"),
                           tr("Heraut %1: Dutch and Flemish defence news, offline.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->addAction(m_panes->feedListAction());
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    bar->addAction(refresh);
    add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    bar->addAction(add);
    bar->addAction(m_unreadOnly);
    m_storyMode->addActions(view);
    QWidget* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search articles (/)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_listView->setFocus(); });
    // Read-only: what would write is not offered (a read or star mark still shows, unsaved).
    for (QAction* action : {add, import, refresh, markAll, undo, m_trayMenu->refreshAction(),
                            m_trayMenu->markAllReadAction()})
        action->setEnabled(!m_db->readOnly());
}

void MainWindow::buildShortcuts() {
    // Single-letter shortcuts belong to the reading area only: typed into the search box,
    // a "j" is a letter.
    auto bind = [this](const QKeySequence& keys, auto slot,
                       Qt::ShortcutContext context = Qt::WidgetWithChildrenShortcut) {
        auto* shortcut = new QShortcut(keys, m_outer);
        shortcut->setContext(context);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(Qt::Key_J, [this] { selectRelative(1); });
    bind(Qt::Key_K, [this] { selectRelative(-1); });
    bind(Qt::Key_N, [this] { selectNextUnread(1); });
    bind(Qt::Key_P, [this] { selectNextUnread(-1); });
    bind(Qt::Key_Space, [this] { scrollOrNextUnread(); });
    bind(Qt::Key_M, [this] { toggleRead(); });
    bind(Qt::Key_S, [this] { toggleStar(); });
    bind(Qt::Key_O, [this] { openCurrentInBrowser(); });
    bind(Qt::Key_F, [this] { fetchFullArticle(); });
    bind(Qt::Key_V, [this] { // not while the briefing hides the list: nothing would show it
        if (m_listView->isVisibleTo(this)) m_storyMode->switchAction()->toggle();
    });
    bind(Qt::Key_Return, [this] { openCurrentInBrowser(); });
    bind(Qt::Key_R, [this] { refreshCurrentFeed(); });
    bind(Qt::SHIFT | Qt::Key_R, [this] { refreshAll(); });
    bind(Qt::Key_Slash, [this] { focusSearch(); });
    bind(
        QKeySequence::Find, [this] { focusSearch(); }, Qt::WindowShortcut);
    bind(
        Qt::CTRL | Qt::SHIFT | Qt::Key_A, [this] { markAllRead(); }, Qt::WindowShortcut);
    auto* escape = new QShortcut(Qt::Key_Escape, m_search);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_search->clear();
        m_listView->setFocus();
    });
}

void MainWindow::reloadFeeds() {
    ArticleScope current = m_listModel->scope();
    int rowsBefore = m_treeModel->rowCount();
    m_treeState->aboutToRebuild();
    if (!m_errors->attempt(
            tr("Heraut could not read the feed list from its news cache."),
            [this] { m_treeModel->reload(); }, StoreErrors::Origin::Background))
        return;
    QModelIndex shown = m_treeModel->indexOfScope(current);
    // The row shown was removed elsewhere (heraut-cli removed its feed or watch-list): the
    // rebuilt tree keeps its folders as they were, and the list shows all articles.
    bool gone = !shown.isValid() && rowsBefore != 0;
    if (shown != m_feedView->currentIndex() || rowsBefore == 0 || gone) {
        m_treeState->rebuilt();
        if (gone) {
            m_feedView->setCurrentIndex(m_treeModel->indexOfScope({}));
        } else {
            QSignalBlocker block(m_feedView->selectionModel());
            m_feedView->setCurrentIndex(shown);
        }
    }
    // Set here too: the selection was set with its signals blocked, or its row renamed.
    m_listHeader->setTitle(m_feedView->currentIndex().data(Qt::DisplayRole).toString());
    std::vector<Feed> failing = m_treeModel->failingFeeds();
    m_failingLink->setText(failing.empty() ? QString()
                                           : QStringLiteral("<a href=\"#\">%1</a>")
                                                 .arg(tr("%n feed(s) failing", nullptr,
                                                         static_cast<int>(failing.size()))));
    if (m_failedPanel && m_failedPanel->isVisible()) m_failedPanel->setFeeds(failing);
    if (m_listNotice) m_listNotice->refresh(); // a feed's error came or went
    updateTray();
}

void MainWindow::selectScope(const ArticleScope& scope) {
    QModelIndex index = m_treeModel->indexOfScope(scope);
    if (index.isValid()) m_feedView->setCurrentIndex(index);
    m_listModel->setScope(scope);
    m_articleView->showPlaceholder(tr("Select an article to read it."));
}

int MainWindow::currentRow() const {
    QModelIndex current = m_listView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MainWindow::selectRow(int row) {
    while (row >= m_listModel->rowCount() && m_listModel->canFetchMore({}))
        m_listModel->fetchMore({});
    if (row < 0 || row >= m_listModel->rowCount()) return;
    QModelIndex index = m_listModel->index(row, 0);
    m_listView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_listView->scrollTo(index);
}

void MainWindow::showCurrentArticle() {
    int row = currentRow();
    m_markReadTimer.stop();
    if (row < 0) {
        m_articleView->showPlaceholder(tr("Select an article to read it."));
        return;
    }
    const ArticleHeadline& headline = m_listModel->headline(row);
    if (m_storyMode->showStory(headline, m_articleView)) {
        m_shownArticle = headline.id;
        if (m_settings.markReadDelayMs >= 0) m_markReadTimer.start(m_settings.markReadDelayMs);
        return;
    }
    std::optional<StoredArticle> stored;
    std::optional<FullArticle> page;
    bool feedImages = false;
    if (!m_errors->attempt(tr("Heraut could not read this article from its news cache."), [&] {
            stored = m_articles.article(headline.id);
            std::optional<Feed> feed = stored ? m_feeds.feed(stored->feedId) : std::nullopt;
            feedImages = (feed && feed->loadImages) || m_articles.imagesAllowed(headline.id);
            page = FullArticleStore(*m_db).fullArticle(headline.id);
        }))
        return m_articleView->showPlaceholder(m_errors->lastMessage());
    if (!stored) return;
    m_shownArticle = headline.id;
    bool images = m_settings.loadRemoteImages || feedImages;
    m_articleView->showArticle(*stored, images, std::move(page));
    if (images && !m_articleView->imageUrls().isEmpty()) loadImagesOfCurrent();
    if (!headline.read && m_settings.markReadDelayMs >= 0)
        m_markReadTimer.start(m_settings.markReadDelayMs);
}

// The pane shows an article only while the list has it selected: a new list (scope, search,
// "Only unread") keeps it selected where it has it, else the pane is cleared.
void MainWindow::clearArticleIfGone() {
    if (m_shownArticle != 0 && m_listModel->rowOfArticle(m_shownArticle) >= 0)
        return selectShownArticle();
    m_markReadTimer.stop();
    m_shownArticle = 0;
    m_articleView->showPlaceholder(tr("Select an article to read it."));
}

bool MainWindow::openUrl(const QUrl& url) {
    if (m_openUrl(url)) return true;
    QString text = tr("No web browser could be started to open %1. Set a default browser in "
                      "the desktop's settings.")
                       .arg(url.toDisplayString());
    statusBar()->showMessage(text, kNoticeMs);
    return false;
}

void MainWindow::buildListHelpers() {
    m_searchScope = new SearchScope(*m_search, *m_listModel, *m_treeModel, this);
    m_searchScope->showSortArrowFor(m_listView->horizontalHeader());
    statusBar()->addPermanentWidget(m_searchScope->resultLabel());
    m_refreshProgress = new RefreshProgress(*m_refresher, *m_progress);
    statusBar()->addPermanentWidget(m_refreshProgress);
    // After finished(): its words go first, these are added to them.
    connect(m_refresher, &RefreshController::storeNotes, this,
            [this](int notStored, const QString& retentionError, int kind, int code) {
                if (!retentionError.isEmpty())
                    m_errors->report(
                        tr("Heraut could not remove old articles from its news "
                           "cache; they stay until a later refresh can."),
                        StoreError(retentionError.toStdString(), StoreError::Kind(kind), code),
                        StoreErrors::Origin::Background);
                if (notStored > 0)
                    m_statusLabel->setText(
                        m_statusLabel->text() + QLatin1Char(' ') +
                        tr("%n article(s) could not be stored; the next refresh fetches them "
                           "again.",
                           nullptr, notStored));
            });
    m_listNotice = new ListNotice(*m_listView, *m_listModel, *m_treeModel);
    m_listNotice->setStoryMode(m_storyMode);
    auto everything = [this] { selectScope({}); };
    connect(m_searchScope, &SearchScope::everythingRequested, this, everything);
    connect(m_listNotice, &ListNotice::everythingRequested, this, everything);
    connect(m_listNotice, &ListNotice::retryRequested, this, [this](std::int64_t id) {
        RefreshOptions options;
        options.feedIds = {id};
        startRefresh(options);
    });
    connect(m_listModel, &ArticleListModel::searchShown, this, &MainWindow::clearArticleIfGone);
    // Queued: a new scope's rows are read just after the reset.
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MainWindow::clearArticleIfGone,
            Qt::QueuedConnection);
}

void MainWindow::selectRelative(int step) {
    int row = currentRow();
    selectRow(row < 0 ? 0 : row + step);
}

void MainWindow::selectNextUnread(int step) {
    int rows = m_listModel->rowCount();
    for (int row = currentRow() + step;; row += step) {
        if (step > 0 && row >= rows) {
            if (!m_listModel->canFetchMore({})) break;
            m_listModel->fetchMore({});
            rows = m_listModel->rowCount();
            if (row >= rows) break;
        }
        if (row < 0) return;
        if (!m_listModel->headline(row).read) {
            selectRow(row);
            return;
        }
    }
    // Nothing unread left here: go on to the next feed in the list that has some. Search
    // results are a list of their own, which the next feed's would replace while its search
    // still runs on its thread: "next unread" stops at their end.
    if (step < 0 || !m_search->text().isEmpty()) return;
    QModelIndex candidate = m_treeModel->nextFeedWithUnread(m_feedView->currentIndex());
    if (!candidate.isValid()) return;
    m_feedView->setCurrentIndex(candidate);
    for (int row = 0; row < m_listModel->rowCount(); ++row) {
        if (!m_listModel->headline(row).read) {
            selectRow(row);
            return;
        }
    }
}

void MainWindow::scrollOrNextUnread() {
    if (currentRow() >= 0 && !m_articleView->atEnd()) {
        QScrollBar* bar = m_articleView->verticalScrollBar();
        bar->setValue(bar->value() + bar->pageStep());
        return;
    }
    selectNextUnread(1);
}

void MainWindow::toggleRead() {
    int row = currentRow();
    if (row < 0) return;
    m_markReadTimer.stop();
    m_listModel->setRead(row, !m_listModel->headline(row).read);
    reloadFeeds();
}

void MainWindow::toggleStar() {
    int row = currentRow();
    if (row < 0) return;
    m_listModel->setStarred(row, !m_listModel->headline(row).starred);
    reloadFeeds();
}

void MainWindow::openCurrentInBrowser() {
    int row = currentRow();
    if (row < 0 || !m_listModel->headline(row).link) return;
    if (!openUrl(QUrl(QString::fromStdString(*m_listModel->headline(row).link)))) return;
    m_listModel->setRead(row, true);
}

void MainWindow::fetchFullArticle() {
    int row = currentRow();
    if (row < 0) return;
    if (m_db->readOnly()) {
        m_statusLabel->setText(tr("Opened read-only: fetching is off."));
        return;
    }
    m_fullFetch->start(m_listModel->headline(row).id);
    m_statusLabel->setText(tr("Fetching the full article…"));
}

void MainWindow::markAllRead() {
    markRead({});
}

void MainWindow::markOlderRead(std::int64_t sortDate) {
    markRead({.olderThan = sortDate});
}

void MainWindow::markRead(MarkScope mark) {
    ArticleScope scope = m_listModel->scope();
    if (scope.kind == ArticleScope::Kind::Briefing) return; // it lists nothing to mark
    if (scope.kind == ArticleScope::Kind::Feed) mark.feedId = scope.feedId;
    if (scope.kind == ArticleScope::Kind::Folder) mark.folder = scope.folder.toStdString();
    // Marks still waiting go first: an "unread" written after this would undo part of it.
    if (!m_pending->flush()) return;
    if (!m_errors->attempt(tr("Heraut could not mark these articles read; nothing was changed."),
                           [&] {
                               m_undoIds = scope.kind == ArticleScope::Kind::WatchList
                                               ? m_watchLists.markAllRead(scope.feedId, now())
                                               : m_articles.markAllRead(mark, now());
                           }))
        return;
    m_listModel->showRead(m_undoIds, true);
    reloadFeeds();
    m_statusLabel->setText(
        tr("%n article(s) marked read.", nullptr, static_cast<int>(m_undoIds.size())));
    m_undoButton->setVisible(!m_undoIds.empty());
}

void MainWindow::markedByScrolling(const std::vector<std::int64_t>& ids) {
    if (!m_undoButton->isVisible()) m_undoIds.clear(); // one undo for a run of scrolling
    m_undoIds.insert(m_undoIds.end(), ids.begin(), ids.end());
    reloadFeeds();
    m_statusLabel->setText(tr("%n article(s) marked read by scrolling past.", nullptr,
                              static_cast<int>(m_undoIds.size())));
    m_undoButton->setVisible(true);
}

void MainWindow::undoMarkAllRead() {
    if (m_undoIds.empty()) return;
    m_pending->setRead(m_undoIds, false);
    m_listModel->showRead(m_undoIds, false);
    m_statusLabel->setText(
        tr("%n article(s) unread again.", nullptr, static_cast<int>(m_undoIds.size())));
    m_undoIds.clear();
    m_undoButton->setVisible(false);
    reloadFeeds();
}

void MainWindow::startRefresh(RefreshOptions options) {
    if (m_refresher->isRunning()) return;
    if (m_db->readOnly()) {
        m_statusLabel->setText(tr("Opened read-only: refreshing is off."));
        return;
    }
    options.retentionSeconds = static_cast<std::int64_t>(m_settings.retentionDays) * 86400;
    options.fetchIcons = m_settings.siteIcons;
    m_refresher->start(options);
}

void MainWindow::refreshAll() {
    RefreshOptions options;
    options.force = true;
    startRefresh(options);
}

void MainWindow::refreshCurrentFeed() {
    ArticleScope scope = m_listModel->scope();
    if (scope.kind != ArticleScope::Kind::Feed) return refreshAll();
    RefreshOptions options;
    options.feedIds = {scope.feedId};
    startRefresh(options);
}

void MainWindow::onRefreshFinished(int feeds, int failed, int newArticles, bool cancelled) {
    m_progress->setVisible(false);
    m_errors->attempt(
        StoreErrors::readFailure(), [this] { m_icons->reload(*m_db); },
        StoreErrors::Origin::Background);
    QString text = tr("%n new article(s).", nullptr, newArticles);
    // Every feed failing at once is the network, not the feeds.
    if (feeds > 0 && failed == feeds)
        text = tr("Offline: no feed could be reached.");
    else if (failed > 0)
        text += QLatin1Char(' ') + tr("%n feed(s) failed.", nullptr, failed);
    if (cancelled) text = tr("Refresh cancelled.");
    if (feeds > 0 || cancelled) m_statusLabel->setText(text);
    reloadFeeds();
    if (newArticles > 0) {
        reloadArticles();
        if (m_tray && m_settings.notifications)
            m_tray->showMessage(QStringLiteral("Heraut"),
                                tr("%n new article(s).", nullptr, newArticles));
    }
    m_errors->attempt(
        StoreErrors::readFailure(), [this] { m_dataVersion = m_db->dataVersion(); },
        StoreErrors::Origin::Background);
}

bool MainWindow::pickUpExternalChanges() {
    std::int64_t version = m_dataVersion;
    if (!m_errors->attempt(
            StoreErrors::readFailure(), [&] { version = m_db->dataVersion(); },
            StoreErrors::Origin::Background) ||
        version == m_dataVersion)
        return false;
    m_dataVersion = version;
    reloadFeeds();
    // The change comes from a refresh (ours or heraut-cli's), which indexes what it stores.
    reloadArticles(ArticleStore::Backlog::LeaveToWriter);
    return true;
}

void MainWindow::reloadArticles(ArticleStore::Backlog backlog) {
    m_listModel->reload(backlog);
    selectShownArticle();
}

void MainWindow::selectShownArticle() {
    int row = m_listModel->rowOfArticle(m_shownArticle);
    if (row < 0) return;
    // The article being read stays selected, without being shown (and timed) again.
    QSignalBlocker block(m_listView->selectionModel());
    m_listView->selectionModel()->setCurrentIndex(m_listModel->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
}

void MainWindow::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

void MainWindow::applySettings(const AppSettings& settings) {
    m_settings = settings;
    m_scrolledPast->setOn(settings.markReadScrolledPast);
    m_inner->setOrientation(settings.articlePaneBelow ? Qt::Vertical : Qt::Horizontal);
    QFont font = QApplication::font();
    if (settings.fontPointSize > 0) font.setPointSize(settings.fontPointSize);
    m_articleView->setFont(font);
    m_autoRefresh.start(std::max(1, settings.refreshIntervalMinutes) * 60 * 1000);
    m_icons->setEnabled(settings.siteIcons);
    m_errors->attempt(
        StoreErrors::readFailure(), [this] { m_icons->reload(*m_db); },
        StoreErrors::Origin::Background);
    if (QSystemTrayIcon::isSystemTrayAvailable() && !m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            activateWindow();
        });
        m_tray->setContextMenu(m_trayMenu->menu());
        m_tray->show();
    }
    m_trayMenu->setTrayAvailable(m_tray != nullptr);
    m_trayMenu->setKeepRunning(settings.keepRunningInTray);
    updateTray();
}

void MainWindow::updateTray() {
    int unread = m_treeModel->totalUnread();
    // The desktop adds the application name after the title; "Heraut (3) — Heraut" said it twice.
    setWindowTitle(unread > 0 ? tr("%n unread", nullptr, unread) : QString());
    if (m_tray) m_tray->setToolTip(tr("Heraut: %n unread", nullptr, unread));
}

void MainWindow::showSettingsDialog() {
    SettingsDialog dialog(m_settings, this,
                          m_db->readOnly() ? QString() : QString::fromStdString(m_db->path()));
    if (dialog.accountsPage())
        connect(dialog.accountsPage(), &AccountsPage::accountsChanged, m_sync,
                [this] { m_sync->start(true); });
    if (dialog.exec() != QDialog::Accepted) return;
    AppSettings chosen = dialog.chosen();
    chosen.save(m_qsettings);
    applySettings(chosen);
}

void MainWindow::showShortcuts() {
    RichTextDialog box(this); // scrolls on a small screen
    box.setWindowTitle(tr("Keyboard shortcuts"));
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("j / k"), tr("Next / previous article")},
        {tr("Home / End"), tr("First / last article of the whole list")},
        {tr("Right / Left"), tr("Open / close a story's reports (story mode)")},
        {QStringLiteral("n / p"), tr("Next / previous unread article, across feeds")},
        {tr("Space"), tr("Scroll the article, then go to the next unread")},
        {QStringLiteral("m"), tr("Mark read / unread")},
        {QStringLiteral("s"), tr("Star / unstar")},
        {QStringLiteral("o, Enter"), tr("Open in the browser")},
        {QStringLiteral("f"), tr("Fetch the full article from its web page")},
        {QStringLiteral("v"), tr("Stories on / off: one row per story")},
        {QStringLiteral("r"), tr("Refresh this feed")},
        {QStringLiteral("Shift+R"), tr("Refresh all feeds")},
        {QStringLiteral("/, Ctrl+F"), tr("Search")},
        {QStringLiteral("Ctrl+Shift+A"), tr("Mark all read")},
        {QStringLiteral("Ctrl+Z"), tr("Undo mark all read")},
        {tr("Shift+F10, Menu"), tr("Context menu of the article or feed")},
        {QStringLiteral("Esc"), tr("Clear the search")},
        {QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText), tr("Add feed")},
        {QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText), tr("Quit")},
    };
    QString html = QStringLiteral("<table cellpadding=\"4\">");
    for (const auto& [keys, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    box.setText(html + QStringLiteral("</table>"));
    box.exec();
}

void MainWindow::showFailingFeeds() {
    if (!m_failedPanel) {
        m_failedPanel = new FailedFeedsPanel(m_feeds, *m_errors, this);
        m_failedPanel->setReadOnly(m_db->readOnly());
        connect(m_failedPanel, &FailedFeedsPanel::feedsChanged, this, &MainWindow::reloadFeeds);
        connect(m_failedPanel, &FailedFeedsPanel::retryRequested, this,
                [this](const std::vector<std::int64_t>& ids) {
                    RefreshOptions options;
                    options.feedIds = ids;
                    startRefresh(options);
                });
    }
    m_failedPanel->setFeeds(m_treeModel->failingFeeds());
    m_failedPanel->show();
    m_failedPanel->raise();
}

void MainWindow::loadImagesOfCurrent() {
    QList<QUrl> urls = m_articleView->imageUrls();
    if (urls.size() > 12) urls = urls.mid(0, 12);
    std::int64_t article = m_shownArticle;
    QPointer<MainWindow> self(this);
    std::thread([self, this, urls, article] {
        FetchOptions options;
        options.maxBodyBytes = 8u << 20;
        options.totalTimeoutMs = 20000;
        Fetcher fetcher(options);
        std::vector<FetchRequest> requests;
        for (qsizetype i = 0; i < urls.size(); ++i)
            requests.push_back(
                {static_cast<std::uint64_t>(i), urls[i].toString().toStdString(), {}, {}});
        fetcher.fetchAll(requests, [&](FetchResult&& r) {
            if (!r.ok()) return;
            QByteArray bytes = QByteArray::fromStdString(r.body);
            QUrl url = urls[static_cast<qsizetype>(r.tag)];
            if (!self) return;
            QMetaObject::invokeMethod(
                self,
                [this, bytes, url, article] {
                    if (m_shownArticle == article)
                        m_articleView->addImage(url, QImage::fromData(bytes));
                },
                Qt::QueuedConnection);
        });
    }).detach();
}

// Marks that could not be written are tried once more with the full busy timeout; when they
// still cannot be, the reader decides whether to wait longer or to quit without them.
bool MainWindow::saveBeforeClosing() {
    while (!m_pending->flush()) {
        QMessageBox box(
            QMessageBox::Warning, QStringLiteral("Heraut"),
            tr("%n read or star mark(s) could not be saved.", nullptr, m_pending->size()),
            QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(m_errors->lastMessage());
        box.setObjectName(QStringLiteral("unsavedMarksBox"));
        int choice = box.exec();
        if (choice == QMessageBox::Discard) return true;
        if (choice != QMessageBox::Retry) return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_trayMenu->hidesOnClose()) { // refreshes go on; Quit closes for good
        hide();
        return event->ignore();
    }
    if (!saveBeforeClosing()) return event->ignore();
    WindowGeometry::save(m_qsettings, *this);
    m_panes->save(m_qsettings);
    m_treeState->save(m_listModel->scope());
    m_refresher->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace heraut::app
