// SPDX-License-Identifier: GPL-3.0-or-later
#include "MuteRulesPage.h"

#include "CoreMessages.h"
#include "MuteRuleDialog.h"
#include "heraut/FeedStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace heraut::app {

MuteRulesPage::MuteRulesPage(QString databasePath, QWidget* parent)
    : QWidget(parent), m_databasePath(std::move(databasePath)) {
    auto* intro = new QLabel(tr("Articles that match a rule are marked read as they arrive, or "
                                "hidden. They stay in the cache: search with is:muted. Rules are "
                                "saved as you add, edit or remove them."));
    intro->setWordWrap(true);
    m_list = new QListWidget;
    auto* add = new QPushButton(tr("Add…"));
    m_edit = new QPushButton(tr("Edit…"));
    m_remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, &MuteRulesPage::addRule);
    connect(m_edit, &QPushButton::clicked, this, &MuteRulesPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &MuteRulesPage::removeSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &MuteRulesPage::editSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    reload();
}

void MuteRulesPage::reload() {
    m_list->clear();
    m_rules.clear();
    m_feedNames.clear();
    try {
        Database db(m_databasePath.toStdString());
        m_rules = MuteRuleStore(db).rules();
        for (const Feed& feed : FeedStore(db).feeds())
            m_feedNames[feed.id] = QString::fromStdString(feed.displayTitle());
    } catch (const std::exception& error) {
        m_list->addItem(
            tr("The mute rules could not be read: %1").arg(CoreMessages::failure(error)));
        m_list->setEnabled(false);
        return;
    }
    m_list->setEnabled(true);
    for (const MuteRule& rule : m_rules)
        m_list->addItem(describe(rule, scopeName(rule)));
    if (m_rules.empty()) m_list->setCurrentRow(-1);
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

QString MuteRulesPage::scopeName(const MuteRule& rule) const {
    if (rule.folder) return tr("folder %1").arg(QString::fromStdString(*rule.folder));
    if (rule.feedId) {
        auto it = m_feedNames.find(*rule.feedId);
        return it == m_feedNames.end() ? tr("a removed feed") : it->second;
    }
    return tr("every feed");
}

QString MuteRulesPage::describe(const MuteRule& rule, const QString& scopeName) {
    QString what = QString::fromStdString(rule.pattern);
    switch (MuteRuleDialog::matchOf(rule)) {
    case MuteRuleDialog::Match::Words:
        what = tr("Words: %1").arg(what);
        break;
    case MuteRuleDialog::Match::Phrase:
        what = tr("Phrase: %1").arg(what);
        break;
    case MuteRuleDialog::Match::Regex:
        what = tr("Expression: %1").arg(what);
        break;
    case MuteRuleDialog::Match::Author:
        what = tr("Author: %1").arg(what);
        break;
    }
    // Rules that look in both say nothing more, as they did before a rule had a field.
    if (rule.kind != MuteRule::Kind::Author && rule.field == MuteRule::Field::Title)
        what += QStringLiteral(" · ") + tr("headline only");
    if (rule.kind != MuteRule::Kind::Author && rule.field == MuteRule::Field::Text)
        what += QStringLiteral(" · ") + tr("text only");
    QString action = rule.action == MuteRule::Action::Hide ? tr("hide") : tr("mark read");
    return QStringLiteral("%1 · %2 · %3").arg(what, scopeName, action);
}

int MuteRulesPage::editDialog(const MuteRule& initial) {
    std::vector<Feed> feeds;
    std::vector<Folder> folders;
    try {
        Database db(m_databasePath.toStdString());
        FeedStore store(db);
        feeds = store.feeds();
        folders = store.folders();
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Mute rules"), CoreMessages::failure(error));
        return QDialog::Rejected;
    }
    std::optional<std::int64_t> replacing;
    if (initial.id) replacing = initial.id;
    MuteRuleDialog dialog(
        feeds, folders, initial,
        [this, replacing](const MuteRule& rule) {
            try {
                Database db(m_databasePath.toStdString());
                return MuteRuleDialog::saveRule(db, rule, replacing);
            } catch (const std::exception& error) {
                return CoreMessages::failure(error);
            }
        },
        this);
    int result = m_hook ? (m_hook(dialog), dialog.result()) : dialog.exec();
    if (result == QDialog::Accepted) {
        reload();
        emit rulesChanged();
    }
    return result;
}

void MuteRulesPage::addRule() {
    editDialog({});
}

void MuteRulesPage::editSelected() {
    int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_rules.size())) return;
    editDialog(m_rules[static_cast<size_t>(row)]);
}

void MuteRulesPage::removeSelected() {
    int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_rules.size())) return;
    try {
        Database db(m_databasePath.toStdString());
        MuteRuleStore(db).remove(m_rules[static_cast<size_t>(row)].id);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Mute rules"), CoreMessages::failure(error));
        return;
    }
    reload();
    emit rulesChanged();
}

} // namespace heraut::app
