// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Feed.h"
#include "heraut/MuteRules.h"

#include <QDialog>
#include <functional>
#include <map>

class QComboBox;
class QLabel;
class QLineEdit;

namespace heraut::app {

// One mute rule (MuteRules.h) to make or change: what to look for (words, an exact phrase or a
// regular expression, in the headline, the text or either; or an author), where (every feed, a
// folder or one feed) and what then happens (marked read on arrival, or hidden). OK saves through
// the function given; when it refuses (a regular expression that does not compile, an empty
// pattern) the dialog stays open and says why.
class MuteRuleDialog : public QDialog {
    Q_OBJECT

  public:
    enum class Match { Words, Phrase, Regex, Author }; // Phrase: Words with the pattern quoted

    // Returns an empty string when saved, else what went wrong (MuteRuleError's message).
    using Save = std::function<QString(const MuteRule&)>;
    MuteRuleDialog(const std::vector<Feed>& feeds, const std::vector<Folder>& folders,
                   const MuteRule& initial, Save save, QWidget* parent = nullptr);

    // What each kind of rule starts with when chosen and the pattern was not typed over:
    // "Mute articles like this…" offers the headline for words and the author for Author.
    void setSuggestions(std::map<Match, QString> suggestions);
    MuteRule rule() const;
    QString error() const; // the last refusal, shown under the fields

    static Match matchOf(const MuteRule& rule);

    // "Mute articles like this…": the dialog for a rule prefilled from the article (its
    // headline, author and feed), saved in `db`. Returns true when a rule was added.
    static bool muteLike(Database& db, std::int64_t articleId, QWidget* parent);
    // Adds `rule` to `db`; when `replacing` is set, that rule goes once the new one is in,
    // so a refused change loses nothing. Returns the refusal's text, empty when saved.
    static QString saveRule(Database& db, const MuteRule& rule,
                            std::optional<std::int64_t> replacing = std::nullopt);

    QLineEdit* patternEdit() const { return m_pattern; }
    QComboBox* matchBox() const { return m_match; }
    QComboBox* fieldBox() const { return m_field; } // data: MuteRule::Field
    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* actionBox() const { return m_action; }

  public slots:
    void accept() override;

  private:
    void matchChanged();

    QLineEdit* m_pattern;
    QComboBox* m_match;
    QComboBox* m_field;
    QComboBox* m_scope;
    QComboBox* m_action;
    QLabel* m_error;
    Save m_save;
    std::map<Match, QString> m_suggestions;
    QString m_suggested; // the pattern last filled in for the reader, not typed
};

} // namespace heraut::app
