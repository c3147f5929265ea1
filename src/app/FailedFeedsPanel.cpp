// SPDX-License-Identifier: GPL-3.0-or-later
#include "FailedFeedsPanel.h"

#include "FeedErrorText.h"
#include "StoreErrors.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace heraut::app {

FailedFeedsPanel::FailedFeedsPanel(FeedStore& feeds, StoreErrors& errors, QWidget* parent)
    : QDialog(parent), m_feeds(feeds), m_errors(errors) {
    setObjectName(QStringLiteral("failedFeedsPanel"));
    setWindowTitle(tr("Failing feeds"));
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto* content = new QWidget;
    m_rows = new QVBoxLayout(content);
    m_rows->addStretch(1);
    scroll->setWidget(content);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* retryAll = buttons->addButton(tr("Retry all"), QDialogButtonBox::ActionRole);
    retryAll->setObjectName(QStringLiteral("retryAll"));
    connect(retryAll, &QPushButton::clicked, this, [this] { emit retryRequested(m_ids); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

void FailedFeedsPanel::setFeeds(const std::vector<Feed>& feeds) {
    while (m_rows->count() > 1) {
        QLayoutItem* item = m_rows->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_ids.clear();
    for (const Feed& feed : feeds) {
        m_rows->insertWidget(m_rows->count() - 1, makeRow(feed));
        m_ids.push_back(feed.id);
    }
    m_count = static_cast<int>(feeds.size());
    findChild<QPushButton*>(QStringLiteral("retryAll"))->setEnabled(!m_readOnly && m_count > 0);
    if (feeds.empty())
        m_rows->insertWidget(0, new QLabel(tr("No feed is failing: every feed loaded.")));
    fitScreen();
}

QWidget* FailedFeedsPanel::makeRow(const Feed& feed) {
    auto* row = new QWidget;
    row->setObjectName(QStringLiteral("failedFeed%1").arg(feed.id));
    auto* text =
        new QLabel(QStringLiteral("<b>%1</b><br>%2<br>%3")
                       .arg(QString::fromStdString(feed.displayTitle()).toHtmlEscaped(),
                            QString::fromStdString(withoutPasswords(feed.url)).toHtmlEscaped(),
                            FeedErrorText::describe(feed).toHtmlEscaped()));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* retry = new QPushButton(tr("Retry"));
    retry->setObjectName(QStringLiteral("retry"));
    auto* edit = new QPushButton(tr("Edit URL…"));
    edit->setObjectName(QStringLiteral("editUrl"));
    auto* remove = new QPushButton(tr("Remove…"));
    remove->setObjectName(QStringLiteral("remove"));
    std::int64_t id = feed.id;
    connect(retry, &QPushButton::clicked, this, [this, id] { emit retryRequested({id}); });
    connect(edit, &QPushButton::clicked, this, [this, id] { editUrl(id); });
    connect(remove, &QPushButton::clicked, this, [this, id] { removeFeed(id); });
    for (QPushButton* button : {retry, edit, remove})
        button->setEnabled(!m_readOnly);
    auto* actions = new QVBoxLayout;
    actions->addWidget(retry);
    actions->addWidget(edit);
    actions->addWidget(remove);
    actions->addStretch(1);
    auto* layout = new QHBoxLayout(row);
    layout->addWidget(text, 1);
    layout->addLayout(actions);
    return row;
}

bool FailedFeedsPanel::editUrl(std::int64_t feedId) {
    std::optional<Feed> feed;
    if (!m_errors.attempt(tr("Heraut could not read the feed from its news cache."),
                          [&] { feed = m_feeds.feed(feedId); }) ||
        !feed)
        return false;
    bool ok = false;
    QString url = QInputDialog::getText(this, tr("Edit feed address"), tr("Feed address:"),
                                        QLineEdit::Normal, QString::fromStdString(feed->url), &ok)
                      .trimmed();
    if (!ok || url.isEmpty() || url.toStdString() == feed->url) return false;
    bool moved = false;
    if (!m_errors.attempt(tr("Heraut could not change the feed's address."),
                          [&] { moved = m_feeds.updateUrl(feedId, url.toStdString()); }))
        return false;
    if (!moved) {
        QMessageBox::warning(this, tr("Edit feed address"),
                             tr("You already subscribe to %1.").arg(url));
        return false;
    }
    emit feedsChanged();
    emit retryRequested({feedId});
    return true;
}

bool FailedFeedsPanel::removeFeed(std::int64_t feedId) {
    std::optional<Feed> feed;
    if (!m_errors.attempt(tr("Heraut could not read the feed from its news cache."),
                          [&] { feed = m_feeds.feed(feedId); }) ||
        !feed)
        return false;
    if (QMessageBox::question(this, tr("Remove feed"),
                              tr("Remove \"%1\" and its cached articles?")
                                  .arg(QString::fromStdString(feed->displayTitle()))) !=
        QMessageBox::Yes)
        return false;
    if (!m_errors.attempt(tr("Heraut could not remove the feed."), [&] {
            m_feeds.removeFeed(feedId);
            m_feeds.removeEmptyFolders();
        }))
        return false;
    emit feedsChanged();
    return true;
}

// As wide as a readable error and as tall as its rows, but within the screen's free area.
void FailedFeedsPanel::fitScreen() {
    QScreen* screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    QSize wanted(fontMetrics().averageCharWidth() * 80,
                 m_rows->parentWidget()->sizeHint().height() + 120);
    if (screen) wanted = wanted.boundedTo(screen->availableGeometry().size() * 8 / 10);
    resize(wanted);
}

} // namespace heraut::app
