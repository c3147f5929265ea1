// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchListDialog.h"

#include "CoreMessages.h"
#include "DialogHeight.h"
#include "heraut/FeedStore.h"
#include "heraut/SearchQuery.h"
#include "heraut/WatchLists.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <ctime>
#include <optional>

namespace heraut::app {
namespace {

// Why the store refused `list` (WatchListError, in English), from the list: the store's
// checks in their order.
QString listProblem(Database& db, WatchListStore& store, const WatchList& list, std::int64_t now) {
    if (list.name.empty()) return WatchListDialog::tr("Give the watch-list a name.");
    if (list.name.size() > kMaxWatchListNameBytes)
        return WatchListDialog::tr("The name is too long: at most %1 letters (fewer with accents).")
            .arg(kMaxWatchListNameBytes);
    if (!watchListNameProblem(list.name).empty())
        return WatchListDialog::tr("The name cannot hold tabs, invisible characters or spaces "
                                   "other than a plain one (no-break, zero-width, direction "
                                   "marks).");
    if (auto taken = store.find(list.name); taken && taken->id != list.id)
        return WatchListDialog::tr("There is a watch-list named \"%1\" already.")
            .arg(QString::fromStdString(list.name));
    // An unchanged search is not checked again (its folder may have gone since).
    std::optional<WatchList> old = list.id ? store.list(list.id) : std::nullopt;
    if (list.id && (!old || old->query == list.query))
        return WatchListDialog::tr("The watch-list is no longer there.");
    SearchQuery query;
    try {
        query = parseSearchQuery(list.query, now);
    } catch (const SearchQueryError& error) {
        return CoreMessages::searchError(error);
    }
    if (query.matchExpression.empty())
        return WatchListDialog::tr("The search needs a word to look for: a watch-list of "
                                   "only filters or exclusions would hold every article.");
    FeedStore feeds(db);
    if (query.feedId && !feeds.feed(*query.feedId))
        return WatchListDialog::tr("There is no feed %1: feed:ID takes a feed's number, as "
                                   "heraut-cli feeds lists them.")
            .arg(*query.feedId);
    if (query.folder && !feeds.hasFolder(*query.folder))
        return WatchListDialog::tr("There is no folder named \"%1\".")
            .arg(QString::fromStdString(*query.folder));
    return WatchListDialog::tr("The watch-list is no longer there.");
}

} // namespace

WatchListDialog::WatchListDialog(const WatchList& initial, const QString& shownName, Save save,
                                 QWidget* parent)
    : QDialog(parent), m_initial(initial), m_shownName(shownName), m_save(std::move(save)) {
    setWindowTitle(initial.id ? tr("Edit watch-list") : tr("New watch-list"));
    m_name = new QLineEdit(shownName);
    m_name->setPlaceholderText(tr("Air defence"));
    m_query = new QLineEdit(QString::fromStdString(initial.query));
    m_query->setMinimumWidth(360);
    m_query->setPlaceholderText(tr("patriot OR nasams"));
    m_notify = new QCheckBox(tr("Notify me when new articles match"));
    m_notify->setChecked(initial.notify);
    auto* hint = new QLabel(tr("The search box's language: words, \"a phrase\", prefix*, OR, "
                               "-word to leave out, folder:NAME, feed:ID, since:7d."));
    hint->setWordWrap(true);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Search"), m_query);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_notify);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &WatchListDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WatchListDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_name->text().isEmpty() ? m_name : m_query)->setFocus();
}

WatchList WatchListDialog::list() const {
    WatchList list = m_initial;
    QString name = m_name->text().trimmed();
    // A shipped list shows a translated name ("Navy" for Marine): left as shown, heraut-cli
    // keeps finding it under its stored one.
    if (!m_initial.id || name != m_shownName) list.name = name.toStdString();
    list.query = m_query->text().trimmed().toStdString();
    list.notify = m_notify->isChecked();
    return list;
}

QString WatchListDialog::error() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void WatchListDialog::accept() {
    QString refused = m_save(list());
    m_error->setText(refused);
    m_error->setVisible(!refused.isEmpty());
    if (refused.isEmpty())
        QDialog::accept();
    else
        growToFitWrappedText(*this);
}

QString WatchListDialog::saveList(Database& db, const WatchList& list) {
    auto now = static_cast<std::int64_t>(std::time(nullptr));
    WatchListStore store(db);
    try {
        if (list.id)
            store.change(list.id, list.name, list.query, list.notify, now);
        else
            store.add(list.name, list.query, list.notify, now);
    } catch (const WatchListError&) {
        return listProblem(db, store, list, now);
    } catch (const SearchQueryError& error) {
        return CoreMessages::searchError(error);
    } catch (const std::exception& error) {
        return tr("Heraut could not save the watch-list in its news cache: %1")
            .arg(CoreMessages::failure(error));
    }
    return {};
}

} // namespace heraut::app
