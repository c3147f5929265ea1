// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "ArticleContextMenu.h"
#include "ArticleListModel.h"
#include "ArticleView.h"
#include "FeedIcons.h"
#include "FeedTreeModel.h"
#include "FeedTreeState.h"
#include "FullArticleFetch.h"
#include "PendingChanges.h"
#include "RefreshController.h"
#include "StoreErrors.h"
#include "SyncController.h"
#include "heraut/Subscriptions.h"

#include <QMainWindow>
#include <QTimer>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QSystemTrayIcon;
class QTableView;
class QToolButton;
class QTreeView;
class QAction;

namespace heraut::app {

class BriefingPage;
class FailedFeedsPanel;
class FeedActions;
class WatchListActions;
class ListHeader;
class ListNotice;
class PaneLayout;
class RefreshProgress;
class ScrolledPastReader;
class SearchScope;
class StoryMode;
class TrayMenu;

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    MainWindow(std::unique_ptr<Database> db, QSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Reading, as the keyboard shortcuts do it.
    void selectRelative(int step);   // j / k
    void selectNextUnread(int step); // n / p, crossing into the next feed with unread
    void scrollOrNextUnread();       // space
    void toggleRead();               // m
    void toggleStar();               // s
    void openCurrentInBrowser();     // o, Enter
    void fetchFullArticle();         // f: the current article's web page, on a thread
    void markAllRead();              // Ctrl+Shift+A: what the feed list has selected
    // The list's articles dated before `sortDate` (seconds UTC), undone as mark all read is.
    void markOlderRead(std::int64_t sortDate);
    void undoMarkAllRead();
    void refreshAll();         // Shift+R
    void refreshCurrentFeed(); // r
    void focusSearch();        // / and Ctrl+F
    void selectScope(const ArticleScope& scope);
    void applySettings(const AppSettings& settings);
    // Reads the database again if another program (heraut-cli) changed it.
    bool pickUpExternalChanges();

    QTreeView* feedView() const { return m_feedView; }
    QTableView* listView() const { return m_listView; }
    ListHeader* listHeader() const { return m_listHeader; }
    ArticleView* articleView() const { return m_articleView; }
    ArticleContextMenu* articleMenu() const { return m_articleMenu; }
    FeedIcons* feedIcons() const { return m_icons; }
    FeedActions* feedActions() const { return m_feedActions; }
    WatchListActions* watchListActions() const { return m_watchActions; }
    FullArticleFetch* fullArticleFetch() const { return m_fullFetch; }
    ArticleListModel* listModel() const { return m_listModel; }
    FeedTreeModel* treeModel() const { return m_treeModel; }
    RefreshController* refresher() const { return m_refresher; }
    QLineEdit* searchBox() const { return m_search; }
    QLabel* statusLabel() const { return m_statusLabel; }
    StoreErrors* storeErrors() const { return m_errors; }
    PendingChanges* pendingChanges() const { return m_pending; }
    SyncController* syncController() const { return m_sync; }
    const AppSettings& settings() const { return m_settings; }
    void showFailingFeeds();
    FailedFeedsPanel* failedFeedsPanel() const { return m_failedPanel; } // null until shown
    ListNotice* listNotice() const { return m_listNotice; }
    SearchScope* searchScope() const { return m_searchScope; }
    RefreshProgress* refreshProgress() const { return m_refreshProgress; }
    BriefingPage* briefingPage() const { return m_briefing; }
    TrayMenu* trayMenu() const { return m_trayMenu; }
    PaneLayout* paneLayout() const { return m_panes; }
    // What opens links (the desktop's browser); false when none could be started.
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildFeedActions();
    void buildActions();
    void buildLayout();
    void buildShortcuts();
    void reloadFeeds();
    void reloadArticles(ArticleStore::Backlog backlog = ArticleStore::Backlog::IndexFirst);
    void selectShownArticle(); // after the list's rows were read again
    void showCurrentArticle();
    void clearArticleIfGone();
    bool openUrl(const QUrl& url); // says so when no browser could be started // the article shown
                                   // is no longer in the list: nothing is selected
    void buildListHelpers();
    void startRefresh(RefreshOptions options);
    void onRefreshFinished(int feeds, int failed, int newArticles, bool cancelled);
    void selectRow(int row);
    int currentRow() const;
    void showSettingsDialog();
    void showShortcuts();
    void loadImagesOfCurrent();
    void markRead(MarkScope mark);
    void markedByScrolling(const std::vector<std::int64_t>& ids); // undone as mark all read
    void updateTray();
    bool saveBeforeClosing();

    std::unique_ptr<Database> m_db;
    QSettings& m_qsettings;
    AppSettings m_settings;
    FeedStore m_feeds;
    ArticleStore m_articles;
    WatchListStore m_watchLists{*m_db};
    FeedTreeModel* m_treeModel;
    ArticleListModel* m_listModel;
    QTreeView* m_feedView = nullptr;
    FeedTreeState* m_treeState = nullptr;
    QTableView* m_listView = nullptr;
    ListHeader* m_listHeader = nullptr;
    ArticleView* m_articleView = nullptr;
    ArticleContextMenu* m_articleMenu = nullptr;
    FeedIcons* m_icons = nullptr;
    FullArticleFetch* m_fullFetch = nullptr;
    FeedActions* m_feedActions = nullptr;
    WatchListActions* m_watchActions = nullptr;
    QSplitter* m_outer = nullptr;
    QSplitter* m_inner = nullptr;
    PaneLayout* m_panes = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_unreadOnly = nullptr;
    StoryMode* m_storyMode = nullptr; // the story list switch (StoryMode.h)
    BriefingPage* m_briefing = nullptr;
    ScrolledPastReader* m_scrolledPast = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_failingLink = nullptr;
    QToolButton* m_undoButton = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    TrayMenu* m_trayMenu = nullptr;
    FailedFeedsPanel* m_failedPanel = nullptr;
    ListNotice* m_listNotice = nullptr;
    SearchScope* m_searchScope = nullptr;
    RefreshProgress* m_refreshProgress = nullptr;
    RefreshController* m_refresher;
    StoreErrors* m_errors = nullptr;
    PendingChanges* m_pending = nullptr;
    SyncController* m_sync = nullptr;
    QTimer m_markReadTimer;
    QTimer m_pollTimer;
    QTimer m_autoRefresh;
    QTimer m_searchDelay;
    std::int64_t m_dataVersion = 0;
    std::vector<std::int64_t> m_undoIds;
    std::int64_t m_shownArticle = 0;
    std::function<bool(const QUrl&)> m_openUrl;
};

} // namespace heraut::app
