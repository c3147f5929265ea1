// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Briefing.h"

#include <QDateTime>
#include <QSettings>
#include <QSizePolicy>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;

namespace heraut::app {

class BriefingRunner;

// The "Briefing" row of the feed tree: the day's stories on one page (Briefing.h), grouped by
// watch-list and folder, newest first, in the reader's language; a story told by several
// outlets is one item with a source each (issue 13 §4). The period is chosen above the page:
// today, the last 24 hours, since the last briefing (the time this page was last shown, kept
// in the settings under briefing/lastShown) or since a date. Export… writes HTML, Markdown or
// an A4 PDF (the print layer, BriefingPdf.h); Print sends the page to a printer.
class BriefingPage : public QWidget {
    Q_OBJECT

  public:
    enum class Since { Today, Last24Hours, LastBriefing, Date };

    // The briefing is read from `db`'s file through a connection of the page's own, as `db` was
    // opened (read-only or not).
    BriefingPage(Database& db, QSettings& settings, QWidget* parent = nullptr);

    // Takes the article pane's place in `inner` (the pane and the page share it, one shown at
    // a time); setShown(true) then also hides the article list, which has nothing to list.
    void placeBeside(QSplitter* inner, QWidget* list, QWidget* articlePane);
    // Shown (and read again) when the feed tree's "Briefing" row is selected, else hidden.
    void setShown(bool shown);

    // Reads the briefing again for the chosen period, on a thread of its own (BriefingRunner):
    // the page says it is being built and shows it when it is (built()). The first call of a
    // session notes the time as the last briefing's for the next session.
    void reload();
    // True from reload() until the briefing asked for is shown (or its failure said).
    bool building() const { return m_ticket != 0; }
    // `from` (local time) is read for Since::Date.
    void setSince(Since since, QDateTime from = {});
    // [since, until) in seconds since the epoch for the chosen period at `now`.
    std::pair<std::int64_t, std::int64_t> window(std::int64_t now) const;
    const Briefing& briefing() const { return m_briefing; } // the one shown
    QTextBrowser* view() const { return m_view; }

    // Writes the briefing shown to `path` in the format its suffix names (.md, .pdf, else
    // HTML), whole or not at all. Returns what went wrong, empty on success.
    QString exportTo(const QString& path) const;
    void exportWithDialog();
    void printWithDialog();

    // The words the page is printed with: Dutch when the reader's language is.
    static BriefingLabels labels();

  signals:
    void openRequested(const QUrl& url); // a source's link was clicked
    void built(); // the briefing asked for last is shown, or why it could not be read
    void notice(const QString& text); // for the status bar: where the briefing was exported

  private:
    void showBuilt(std::uint64_t ticket, const Briefing& briefing);
    void showFailure(std::uint64_t ticket, const QString& message);
    void setBuilding(bool building);
    void fitShownPage(bool shown);
    void capSinceAtNow(std::int64_t now); // seconds UTC

    Database& m_db; // the window's: the watch-lists' names, read when a briefing arrives
    QSettings& m_settings;
    QComboBox* m_since = nullptr;
    QDateTimeEdit* m_date = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QTextBrowser* m_view = nullptr;
    QStackedWidget* m_pane = nullptr; // the article pane and this page, after placeBeside
    QWidget* m_list = nullptr;
    QWidget* m_article = nullptr;
    QSizePolicy m_articlePolicy;
    BriefingRunner* m_runner = nullptr;
    std::uint64_t m_ticket = 0; // the briefing being built; 0: none
    Briefing m_briefing;
    std::int64_t m_lastBriefing = 0; // 0: none shown before this session
    bool m_noted = false;
};

} // namespace heraut::app
