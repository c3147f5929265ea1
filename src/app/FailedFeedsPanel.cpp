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
#include <QScrollBar>
#include <QVBoxLayout>

namespace heraut::app {

FailedFeedsPanel::FailedFeedsPanel(FeedStore& feeds, StoreErrors& errors, QWidget* parent)
    : QDialog(parent), m_feeds(feeds), m_errors(errors) {
    setObjectName(QStringLiteral("failedFeedsPanel"));
    setWindowTitle(tr("Failing feeds"));
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("failedFeedsScroll"));
    scroll->setWidgetResizable(true);
    // Rows wrap their text to the width: a horizontal scrollbar would hide the buttons.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
        QWidget* row = makeRow(feed);
        m_rows->insertWidget(m_rows->count() - 1, row);
        // Shown now, not when the event loop gets to it (as a layout of a shown panel does
        // otherwise): a hidden row counts for nothing in the panel's size.
        row->setVisible(true);
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

// Wide enough for a readable error beside the buttons and tall enough for several feeds, within
// the screen's free area. A panel already open keeps the size the reader sees (and may have set).
void FailedFeedsPanel::fitScreen() {
    if (isVisible()) return;
    QScreen* screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    QSize area = screen ? screen->availableGeometry().size() * 9 / 10 : QSize(1024, 700);
    auto* scroll = findChild<QScrollArea*>(QStringLiteral("failedFeedsScroll"));
    int chrome = scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth() +
                 layout()->contentsMargins().left() + layout()->contentsMargins().right() +
                 m_rows->contentsMargins().left() + m_rows->contentsMargins().right();
    int width = std::min(area.width(),
                         fontMetrics().averageCharWidth() * kTextChars + chrome + buttonsWidth());
    int rowWidth = width - chrome;
    int rows = 0;
    for (int i = 0; i < m_rows->count() && i < kRowsShown; ++i)
        if (QWidget* row = m_rows->itemAt(i)->widget())
            rows += (row->hasHeightForWidth() ? row->heightForWidth(rowWidth)
                                              : row->sizeHint().height()) +
                    m_rows->spacing();
    int height = rows + m_rows->contentsMargins().top() + m_rows->contentsMargins().bottom() +
                 2 * scroll->frameWidth() + layout()->contentsMargins().top() +
                 layout()->contentsMargins().bottom() + layout()->spacing() +
                 findChild<QDialogButtonBox*>()->sizeHint().height();
    QSize wanted = QSize(width, height).boundedTo(area);
    setMinimumSize(wanted.boundedTo(QSize(width, height / 2)));
    resize(wanted);
}

// The widest of a row's buttons (they are stacked beside its text).
int FailedFeedsPanel::buttonsWidth() const {
    int widest = 0;
    for (QPushButton* button : findChildren<QPushButton*>())
        if (button->objectName() != QLatin1String("retryAll"))
            widest = std::max(widest, button->sizeHint().width());
    return widest + 2 * fontMetrics().averageCharWidth(); // the layout's spacing
}

} // namespace heraut::app
