// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneLayout.h"

#include "ArticleListModel.h"

#include <QAction>
#include <QDataStream>
#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <algorithm>

namespace heraut::app {
namespace {

// Widths in characters of the font's average width, from what NetNewsWire and RSS Guard show at
// their narrowest: a few words of a title, a source name of two words, a tree of short names.
constexpr int kTitleChars = 18;
constexpr int kSourceChars = 12;
constexpr int kWideSourceChars = 22; // a wide list: most source names whole
constexpr int kTreeMinChars = 10;
constexpr int kTreeMaxChars = 30;
constexpr int kListMaxChars = 130;
constexpr int kArticleMinChars = 45; // the article view centres a 70-character measure
constexpr int kColumnMinChars = 6;
// The title is what the list is for: source and date never take more than this share of it.
constexpr int kSourceAndDatePercent = 55;
// Rows measured for the source and date columns at a time: a page of the list, so that a long
// list is not measured again at every page that arrives.
constexpr int kRowsMeasured = ArticleListModel::kPageSize;
constexpr int kSameWindowSlack = 16; // pixels

int iconRoom(const QWidget& view) {
    return view.style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
}

// What a scrolling view needs beyond its columns: its frame and a vertical scrollbar.
int chrome(const QAbstractScrollArea& view) {
    return 2 * view.frameWidth() + view.style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

// The unread count the tree's delegate paints right of each name (FeedTreeDelegate).
int countRoom(const QTreeView& tree) {
    QFontMetrics metrics(tree.font());
    return metrics.horizontalAdvance(QStringLiteral("8888")) + 2 * metrics.averageCharWidth();
}

// The widest shown row of the tree, name, indentation and icon, counted over the first rows only:
// a tree of thousands of feeds is not measured at every resize.
int widestRow(const QTreeView& tree) {
    constexpr int kRowsMeasured = 300;
    QFontMetrics metrics(tree.font());
    int widest = 0;
    int rows = 0;
    for (QModelIndex index = tree.model()->index(0, 0); index.isValid() && rows < kRowsMeasured;
         index = tree.indexBelow(index), ++rows) {
        int depth = 1;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++depth;
        int width = depth * tree.indentation() + iconRoom(tree) +
                    metrics.horizontalAdvance(index.data().toString());
        widest = std::max(widest, width);
    }
    return widest;
}

// The sum of the pane sizes in a QSplitter::saveState() (its marker, version, then the sizes);
// -1 for what is not one.
int savedWidth(const QByteArray& state) {
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_5_0); // as QSplitter writes it
    qint32 marker = 0;
    qint32 version = 0;
    QList<int> sizes;
    stream >> marker >> version >> sizes;
    if (stream.status() != QDataStream::Ok || marker != 0xff) return -1;
    int sum = 0;
    for (int size : sizes)
        sum += size;
    return sum;
}

} // namespace

PaneLayout::PaneLayout(QSplitter& outer, QSplitter& inner, QTreeView& tree, QTableView& list,
                       QObject* parent)
    : QObject(parent), m_outer(outer), m_inner(inner), m_tree(tree), m_list(list),
      m_feedList(new QAction(tr("Feed list"), this)) {
    m_feedList->setCheckable(true);
    m_feedList->setChecked(true);
    m_feedList->setToolTip(tr("Show or hide the feed list beside the articles"));
    connect(m_feedList, &QAction::triggered, this, &PaneLayout::showTree);
    m_tree.setMinimumWidth(treeMinimumWidth());
    m_tree.setMaximumWidth(treeMaximumWidth());
    m_list.setMinimumWidth(listMinimumWidth());
    m_inner.setChildrenCollapsible(false); // a hidden list or article reads as a broken window
    sizeColumns();
    m_outer.installEventFilter(this);
    auto userMoved = [this] {
        m_userSized = m_shown;
        noteTreeShown();
    };
    connect(&m_outer, &QSplitter::splitterMoved, this, userMoved);
    connect(&m_inner, &QSplitter::splitterMoved, this, userMoved);
}

void PaneLayout::restore(const QSettings& settings) {
    m_savedOuter = settings.value(QStringLiteral("layout/outer")).toByteArray();
    m_savedInner = settings.value(QStringLiteral("layout/inner")).toByteArray();
    int minimum = m_list.horizontalHeader()->minimumSectionSize();
    auto column = [&](const char* key) {
        int width = settings.value(QLatin1String(key), 0).toInt();
        return width >= minimum ? width : 0; // a width from a bad or older file is not the user's
    };
    m_userSource = column("layout/sourceColumn");
    m_userDate = column("layout/dateColumn");
    fitColumns();
}

void PaneLayout::save(QSettings& settings) const {
    settings.setValue(QStringLiteral("layout/outer"), m_outer.saveState());
    settings.setValue(QStringLiteral("layout/inner"), m_inner.saveState());
    settings.setValue(QStringLiteral("layout/sourceColumn"), m_userSource);
    settings.setValue(QStringLiteral("layout/dateColumn"), m_userDate);
}

int PaneLayout::treeMinimumWidth() const {
    int chars = m_tree.fontMetrics().averageCharWidth() * kTreeMinChars;
    return chars + m_tree.indentation() + iconRoom(m_tree) + countRoom(m_tree) + chrome(m_tree);
}

int PaneLayout::treeMaximumWidth() const {
    int chars = m_tree.fontMetrics().averageCharWidth() * kTreeMaxChars;
    return chars + m_tree.indentation() + iconRoom(m_tree) + countRoom(m_tree) + chrome(m_tree);
}

int PaneLayout::listMinimumWidth() const {
    int title = m_list.fontMetrics().averageCharWidth() * kTitleChars;
    return title + sourceWidth(0) + dateWidth() + chrome(m_list);
}

int PaneLayout::articleMinimumWidth() const {
    return m_list.fontMetrics().averageCharWidth() * kArticleMinChars;
}

// The widest date the list shows (ArticleListModel::shortDate), in the bold of an unread row,
// or the header with its sort arrow, whichever is wider.
int PaneLayout::dateWidth() const {
    QFont bold = m_list.font();
    bold.setBold(true);
    QFontMetrics metrics(bold);
    QLocale locale;
    int widest = 0;
    for (int month = 1; month <= 12; ++month)
        widest = std::max(widest, metrics.horizontalAdvance(locale.toString(
                                      QDate(2000, month, 28), QStringLiteral("d MMM yyyy"))));
    QString label =
        m_list.model()->headerData(ArticleListModel::DateColumn, Qt::Horizontal).toString();
    int sortMark = m_list.style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    widest = std::max(widest, metrics.horizontalAdvance(label) + sortMark);
    return widest + 2 * metrics.averageCharWidth();
}

// A fifth of the list, between a short and a long source name.
int PaneLayout::sourceWidth(int listWidth) const {
    int averageChar = m_list.fontMetrics().averageCharWidth();
    int chars = std::clamp(listWidth / 5 / averageChar, kSourceChars, kWideSourceChars);
    return averageChar * chars + iconRoom(m_list);
}

void PaneLayout::sizeColumns() {
    QHeaderView* header = m_list.horizontalHeader();
    header->setMinimumSectionSize(m_list.fontMetrics().averageCharWidth() * kColumnMinChars);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    // Sized here to what the rows show rather than by QHeaderView::ResizeToContents, which
    // measures every loaded row again each time a page arrives.
    header->setSectionResizeMode(ArticleListModel::SourceColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::Interactive);
    resizeColumn(ArticleListModel::SourceColumn, sourceWidth(0));
    resizeColumn(ArticleListModel::DateColumn, dateWidth());
    connect(header, &QHeaderView::sectionResized, this,
            [this](int column, int, int width) { columnResized(column, width); });
    header->viewport()->installEventFilter(this);
    m_list.setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list.setTextElideMode(Qt::ElideRight);
    QAbstractItemModel* model = m_list.model();
    auto remeasure = [this] {
        m_shownSource = 0;
        m_shownDate = 0;
        measureRows(0, m_list.model()->rowCount() - 1);
    };
    connect(model, &QAbstractItemModel::modelReset, this, remeasure);
    connect(model, &QAbstractItemModel::layoutChanged, this, remeasure);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent, int first, int last) {
                if (!parent.isValid()) measureRows(first, last);
            });
    m_list.viewport()->installEventFilter(this);
}

// The widest source and date among the rows `first` to `last` (at most a page of them), in the
// bold of an unread row; the columns then fit them.
void PaneLayout::measureRows(int first, int last) {
    QFont bold = m_list.font();
    bold.setBold(true);
    QFontMetrics metrics(bold);
    QAbstractItemModel& model = *m_list.model();
    last = std::min(last, first + kRowsMeasured - 1);
    for (int row = first; row <= last; ++row) {
        QString source = model.index(row, ArticleListModel::SourceColumn).data().toString();
        QString date = model.index(row, ArticleListModel::DateColumn).data().toString();
        m_shownSource = std::max(m_shownSource, metrics.horizontalAdvance(source));
        m_shownDate = std::max(m_shownDate, metrics.horizontalAdvance(date));
    }
    fitColumns();
}

// Source and date as wide as what they show, within bounds; the title the rest, and never less
// than its share of the list (narrow windows elide the source instead).
void PaneLayout::fitColumns() {
    int room = m_list.viewport()->width();
    if (room <= 0) return;
    int averageChar = m_list.fontMetrics().averageCharWidth();
    int minimum = averageChar * kColumnMinChars;
    int date =
        std::min(std::max(m_shownDate + 2 * averageChar, headerWidth(ArticleListModel::DateColumn)),
                 dateWidth());
    int source =
        m_shownSource > 0 ? m_shownSource + iconRoom(m_list) + 2 * averageChar : sourceWidth(room);
    source = std::clamp(source, std::max(minimum, headerWidth(ArticleListModel::SourceColumn)),
                        sourceWidth(room));
    int most = room * kSourceAndDatePercent / 100;
    if (m_userDate > 0) date = m_userDate;
    source = std::max(minimum, std::min(source, most - date));
    resizeColumn(ArticleListModel::SourceColumn, m_userSource > 0 ? m_userSource : source);
    resizeColumn(ArticleListModel::DateColumn, date);
}

void PaneLayout::resizeColumn(int column, int width) {
    QScopedValueRollback fitting(m_fitting, true);
    m_list.horizontalHeader()->resizeSection(column, width);
}

// Only a drag or double-click on the header is the user's choice: the header also resizes
// sections itself (a new model, a minimum section size).
void PaneLayout::columnResized(int column, int width) {
    if (m_fitting || !m_headerPressed) return;
    if (column == ArticleListModel::SourceColumn) m_userSource = width;
    if (column == ArticleListModel::DateColumn) m_userDate = width;
}

// A column's header label with the sort mark beside it.
int PaneLayout::headerWidth(int column) const {
    QFontMetrics metrics(m_list.horizontalHeader()->font());
    QString label = m_list.model()->headerData(column, Qt::Horizontal).toString();
    return metrics.horizontalAdvance(label) +
           m_list.style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 3 * metrics.averageCharWidth();
}

bool PaneLayout::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_outer && event->type() == QEvent::Show && !m_shown) {
        m_shown = true; // the splitter has the window's width now
        applySaved();
    } else if (watched == &m_outer && event->type() == QEvent::Resize && m_shown && !m_userSized) {
        applyComputed();
    } else if (watched == m_list.viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    } else if (watched == m_list.horizontalHeader()->viewport()) {
        QEvent::Type type = event->type();
        if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick)
            m_headerPressed = true;
        else if (type == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    }
    return QObject::eventFilter(watched, event);
}

// Sizes saved in a wider window (another screen, a larger scale factor) would squeeze a pane:
// they give way to computed ones. A few pixels less is the same window (a frame, a handle).
void PaneLayout::applySaved() {
    int saved = savedWidth(m_savedOuter);
    bool wideEnough = saved > 0 && saved <= m_outer.width() + kSameWindowSlack;
    bool restored =
        wideEnough && m_outer.restoreState(m_savedOuter) && m_inner.restoreState(m_savedInner);
    m_userSized = restored && fits();
    if (!m_userSized) applyComputed();
    noteTreeShown();
}

void PaneLayout::applyComputed() {
    int width = m_outer.width() - m_outer.handleWidth();
    int tree = std::max(widestRow(m_tree) + countRoom(m_tree) + chrome(m_tree), treeMinimumWidth());
    tree = std::clamp(std::min(tree, width / 6), treeMinimumWidth(), treeMaximumWidth());
    if (!roomForTree(width)) tree = 0;
    int rest = width - tree - m_inner.handleWidth();
    int listMax = m_list.fontMetrics().averageCharWidth() * kListMaxChars;
    int list = std::clamp(rest / 2, listMinimumWidth(), std::max(listMax, listMinimumWidth()));
    if (rest - list < articleMinimumWidth())
        list = std::max(listMinimumWidth(), rest - articleMinimumWidth());
    m_outer.setSizes({tree, width - tree});
    m_inner.setSizes({list, rest - list});
    noteTreeShown();
}

// Room for the tree at its narrowest beside a list and an article at theirs.
bool PaneLayout::roomForTree(int width) const {
    return width >=
           treeMinimumWidth() + m_inner.handleWidth() + listMinimumWidth() + articleMinimumWidth();
}

// The user's choice: it stays through resizes and restarts, as a dragged handle does. Shown in a
// narrow window, the list and article give the tree its narrowest width.
void PaneLayout::showTree(bool shown) {
    int width = m_outer.width() - m_outer.handleWidth();
    int tree = shown ? std::min(treeMinimumWidth(), width - m_inner.minimumSizeHint().width()) : 0;
    m_userSized = m_shown;
    m_outer.setSizes({tree, width - tree});
    // The list gives up its width before the article does, down to its narrowest.
    int rest = width - tree - m_inner.handleWidth();
    int list = std::max(listMinimumWidth(),
                        std::min(m_inner.sizes().value(0), rest - articleMinimumWidth()));
    m_inner.setSizes({list, rest - list});
    noteTreeShown();
}

void PaneLayout::noteTreeShown() {
    QList<int> sizes = m_outer.sizes();
    m_feedList->setChecked(!sizes.isEmpty() && sizes[0] > 0);
}

// A saved state fits when no pane falls below what it needs at this window's width (the tree
// may be collapsed: that is a choice; the list is hidden while the briefing shows).
bool PaneLayout::fits() const {
    QList<int> outer = m_outer.sizes();
    QList<int> inner = m_inner.sizes();
    if (outer.size() != 2 || inner.size() != 2) return false;
    bool treeFits =
        outer[0] == 0 || (outer[0] >= treeMinimumWidth() - 1 && outer[0] <= treeMaximumWidth() + 1);
    // Hidden with the pane around it (the list header's), not itself: isVisibleTo, not isHidden.
    bool listFits = !m_list.isVisibleTo(&m_outer) || inner[0] >= listMinimumWidth() - 1;
    return treeFits && listFits && inner[1] >= articleMinimumWidth() - 1;
}

} // namespace heraut::app
