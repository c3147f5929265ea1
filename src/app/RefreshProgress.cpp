// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshProgress.h"

#include "ElidedLabel.h"
#include "RefreshController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace heraut::app {

RefreshProgress::RefreshProgress(RefreshController& refresher, QProgressBar& bar, QWidget* parent)
    : QWidget(parent), m_refresher(refresher), m_bar(bar), m_waiting(new ElidedLabel),
      m_cancel(new QPushButton(tr("Cancel"))) {
    setObjectName(QStringLiteral("refreshProgress"));
    m_waiting->setObjectName(QStringLiteral("refreshWaiting"));
    m_cancel->setObjectName(QStringLiteral("refreshCancel"));
    m_cancel->setToolTip(tr("Stop the refresh; what arrived so far is kept"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_waiting);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_refresher.cancel();
        m_cancel->setEnabled(false);
        setWaitingText(tr("Cancelling…"));
    });
    connect(&refresher, &RefreshController::queued, this, &RefreshProgress::queued);
    connect(&refresher, &RefreshController::feedDone, this,
            [this](int done, int total, int, const QString&, const QString&, qint64 id) {
                feedDone(done, total, id);
            });
    connect(&refresher, &RefreshController::pageProgress, this, &RefreshProgress::pageDone);
    connect(&refresher, &RefreshController::finished, this, [this] {
        m_titles.clear();
        m_order.clear();
        hide();
    });
    hide();
}

QString RefreshProgress::waitingText() const {
    return isVisible() ? m_waiting->text() : QString();
}

void RefreshProgress::queued(const QList<qint64>& ids, const QStringList& titles) {
    m_order = ids;
    m_titles.clear();
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_titles.insert(ids[i], titles.value(i));
    m_cancel->setEnabled(true);
    setVisible(!ids.isEmpty());
    showWaiting();
}

void RefreshProgress::feedDone(int done, int total, qint64 feedId) {
    m_titles.remove(feedId);
    m_order.removeOne(feedId);
    if (done < total) return showWaiting();
    // Every feed is in; storing and indexing the last ones still takes a moment.
    m_bar.setRange(0, 0);
    setWaitingText(tr("Saving and indexing…"));
}

// The walk saw "Saving and indexing…" for minutes while a refresh fetched the pages of full
// articles from sites it could not reach.
void RefreshProgress::pageDone(int done, int total) {
    if (!m_cancel->isEnabled()) return; // "Cancelling…" stays until the refresh ends
    if (done >= total) {
        m_bar.setRange(0, 0);
        return setWaitingText(tr("Saving and indexing…"));
    }
    m_bar.setRange(0, total);
    m_bar.setValue(done);
    setWaitingText(tr("Fetching full articles: %1 of %2").arg(done).arg(total));
}

void RefreshProgress::showWaiting() {
    if (!m_cancel->isEnabled()) return; // "Cancelling…" stays until the refresh ends
    constexpr int kNamed = 3;
    QStringList names;
    for (qsizetype i = 0; i < m_order.size() && i < kNamed; ++i)
        names << m_titles.value(m_order[i]);
    int more = static_cast<int>(m_order.size()) - static_cast<int>(names.size());
    QString text = tr("Waiting for %1").arg(names.join(QStringLiteral(", ")));
    if (more > 0)
        text =
            tr("Waiting for %1 and %n more", nullptr, more).arg(names.join(QStringLiteral(", ")));
    setWaitingText(text);
    m_waiting->setToolTip(QStringList(m_titles.values()).join(QLatin1Char('\n')));
}

void RefreshProgress::setWaitingText(const QString& text) {
    int width = m_waiting->fontMetrics().averageCharWidth() * kMaxChars;
    m_waiting->setMaximumWidth(width);
    m_waiting->setText(m_waiting->fontMetrics().elidedText(text, Qt::ElideRight, width));
}

} // namespace heraut::app
