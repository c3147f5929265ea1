// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoryMode.h"

#include "ArticleListModel.h"
#include "ArticleView.h"
#include "FeedTreeModel.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QMenu>

#include <algorithm>

namespace heraut::app {
namespace {

const QString kModeKey = QStringLiteral("stories/mode");
const QString kWholeStoryKey = QStringLiteral("stories/markWholeStoryRead");

QString longDate(std::int64_t secondsUtc) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsUtc).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

StoryMode::StoryMode(Database& db, QSettings& settings, ArticleListModel* list, FeedTreeModel* tree,
                     QObject* parent)
    : QObject(parent), m_db(db), m_settings(settings), m_list(list), m_tree(tree), m_stories(db) {
    m_switch = new QAction(tr("Stories"), this);
    m_switch->setCheckable(true);
    m_switch->setObjectName(QStringLiteral("storySwitch"));
    m_switch->setToolTip(tr("One row per story: the same event from several sources"));
    m_wholeStory = new QAction(tr("Reading a story marks all its articles read"), this);
    m_wholeStory->setCheckable(true);
    m_wholeStory->setChecked(m_settings.value(kWholeStoryKey, true).toBool());
    m_stories.setMarkWholeStory(m_wholeStory->isChecked());
    connect(m_switch, &QAction::toggled, this, &StoryMode::setOn);
    connect(m_wholeStory, &QAction::toggled, this, [this](bool whole) {
        m_stories.setMarkWholeStory(whole);
        m_settings.setValue(kWholeStoryKey, whole);
    });
    if (m_settings.value(kModeKey, false).toBool()) m_switch->setChecked(true);
}

void StoryMode::addActions(QMenu* menu) {
    menu->addSeparator();
    menu->addAction(m_switch);
    menu->addAction(m_wholeStory);
}

bool StoryMode::on() const {
    return m_switch->isChecked();
}

void StoryMode::setOn(bool on) {
    if (m_switch->isChecked() != on) return m_switch->setChecked(on); // toggles back here
    m_settings.setValue(kModeKey, on);
    // Counts of stories instead of articles; with no story SQL in the tree model itself.
    m_tree->setUnreadCounter(
        on ? std::function<UnreadCounts()>([this] { return StoryStore(m_db).unreadCounts(); })
           : std::function<UnreadCounts()>());
    m_list->setStoryList(on ? &m_stories : nullptr);
}

bool StoryMode::showStory(const ArticleHeadline& row, ArticleView* view) {
    if (!on() || m_list->isChildRow(row)) return false; // a story's report, opened alone
    const StorySummary* story = m_stories.storyOfRow(row.id);
    if (!story) return false;
    ArticleStore articles(m_db);
    std::vector<StoredArticle> items;
    for (std::int64_t id : story->articles)
        if (auto a = articles.article(id)) items.push_back(std::move(*a));
    view->showPlaceholder({}); // the pane forgets its article: a resize must not bring it back
    view->setHtml(storyHtml(*story, items, storyColumns(view->viewport()->width(), items.size())));
    return true;
}

int StoryMode::storyColumns(int paneWidth, size_t sources) {
    constexpr int kColumnWidth = 240; // pixels: a takeaway of a dozen words in three lines
    constexpr int kMaxColumns = 3;
    int fit = std::clamp(paneWidth / kColumnWidth, 1, kMaxColumns);
    return std::max(1, std::min(fit, static_cast<int>(sources)));
}

namespace {

// One source of a story: its headline (a link), outlet and date, and its key takeaways.
QString sourceHtml(const StoredArticle& a) {
    QString title = QString::fromStdString(a.article.title).toHtmlEscaped();
    if (a.article.link)
        title = QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(QString::fromStdString(*a.article.link).toHtmlEscaped(), title);
    QString html =
        QStringLiteral("<h3>%1</h3><p style=\"color:gray\">%2 · %3</p>")
            .arg(title, QString::fromStdString(a.feedTitle).toHtmlEscaped(), longDate(a.sortDate));
    if (a.article.keyTakeaways.empty()) return html;
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(StoryMode::tr("Key takeaways"));
    for (const std::string& t : a.article.keyTakeaways)
        html += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(t).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

QString StoryMode::storyHtml(const StorySummary& story, const std::vector<StoredArticle>& items,
                             int columns) {
    QString html = QStringLiteral("<h2>%1</h2><p style=\"color:gray\">%2 · %3</p><hr>")
                       .arg(QString::fromStdString(story.title).toHtmlEscaped(),
                            tr("%n source(s)", nullptr, static_cast<int>(story.feeds.size())),
                            longDate(story.newest));
    if (columns <= 1) {
        for (size_t i = 0; i < items.size(); ++i)
            html += (i ? QStringLiteral("<hr>") : QString()) + sourceHtml(items[i]);
        return html;
    }
    // Side by side, so the outlets' takeaways are compared across, a row of `columns` at a time.
    int width = 100 / columns;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">");
    for (size_t i = 0; i < items.size(); ++i) {
        if (i % static_cast<size_t>(columns) == 0) html += QStringLiteral("<tr>");
        html += QStringLiteral("<td valign=\"top\" width=\"%1%\">%2</td>")
                    .arg(width)
                    .arg(sourceHtml(items[i]));
        if (i % static_cast<size_t>(columns) == static_cast<size_t>(columns) - 1 ||
            i + 1 == items.size())
            html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace heraut::app
