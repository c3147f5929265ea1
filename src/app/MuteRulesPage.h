// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/MuteRules.h"

#include <QWidget>
#include <functional>
#include <map>

class QListWidget;
class QPushButton;

namespace heraut::app {

class MuteRuleDialog;

// The Settings dialog's "Mute rules" page: the rules (MuteRules.h) one a line, with Add…,
// Edit… and Remove. Each change is saved in the database file at once, as the Accounts page
// does, so Cancel on the dialog does not take it back.
class MuteRulesPage : public QWidget {
    Q_OBJECT

  public:
    explicit MuteRulesPage(QString databasePath, QWidget* parent = nullptr);

    void reload();
    QListWidget* list() const { return m_list; }
    const std::vector<MuteRule>& rules() const { return m_rules; }
    void removeSelected();
    // Answers the dialogs Add… and Edit… open instead of the reader (tests): the dialog is not
    // shown, and counts as accepted when the hook accepted it.
    void setDialogHook(std::function<void(MuteRuleDialog&)> hook) { m_hook = std::move(hook); }
    void addRule();
    void editSelected();

    // "Words: f-35 turkije · headline only · every feed · mark read" (no field: headline or
    // text).
    static QString describe(const MuteRule& rule, const QString& scopeName);

  signals:
    void rulesChanged();

  private:
    int editDialog(const MuteRule& initial);
    QString scopeName(const MuteRule& rule) const;

    QString m_databasePath;
    QListWidget* m_list;
    QPushButton* m_edit;
    QPushButton* m_remove;
    std::vector<MuteRule> m_rules;
    std::map<std::int64_t, QString> m_feedNames;
    std::function<void(MuteRuleDialog&)> m_hook;
};

} // namespace heraut::app
