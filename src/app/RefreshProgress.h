// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace heraut::app {

class RefreshController;

// The status bar's part of a refresh: which feeds are still waiting ("Waiting for NOS, VRT
// and 12 more"), a Cancel button that stops the refresh, and a bar that turns busy rather than
// stopping at 99 % while the last articles are stored and indexed. Full articles' pages, which
// follow the feeds, are counted as they come ("Fetching full articles: 3 of 40").
class RefreshProgress : public QWidget {
    Q_OBJECT

  public:
    RefreshProgress(RefreshController& refresher, QProgressBar& bar, QWidget* parent = nullptr);

    QString waitingText() const;
    QPushButton* cancelButton() const { return m_cancel; }

  private:
    void queued(const QList<qint64>& ids, const QStringList& titles);
    void feedDone(int done, int total, qint64 feedId);
    void pageDone(int done, int total);
    void showWaiting();
    // At most kMaxChars wide, elided: a long feed name must not push the status bar's other
    // widgets (Cancel, the failed-feeds link) out of the window. The full list is the tooltip.
    void setWaitingText(const QString& text);
    static constexpr int kMaxChars = 60;

    RefreshController& m_refresher;
    QProgressBar& m_bar;
    QLabel* m_waiting;
    QPushButton* m_cancel;
    QMap<qint64, QString> m_titles; // the feeds not done yet
    QList<qint64> m_order;
};

} // namespace heraut::app
