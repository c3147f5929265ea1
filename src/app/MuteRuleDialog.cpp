// SPDX-License-Identifier: GPL-3.0-or-later
#include "MuteRuleDialog.h"

#include "DialogHeight.h"

#include "CoreMessages.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/SearchQuery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <algorithm>
#include <ctime>
#include <regex>

namespace heraut::app {
namespace {

// The scope box's data: "" for every feed, "folder:NAME" or "feed:ID".
const QString kFolderPrefix = QStringLiteral("folder:");
const QString kFeedPrefix = QStringLiteral("feed:");

QString scopeKey(const MuteRule& rule) {
    if (rule.feedId) return kFeedPrefix + QString::number(*rule.feedId);
    if (rule.folder) return kFolderPrefix + QString::fromStdString(*rule.folder);
    return {};
}

// A phrase is a pattern in quotes with none inside: the search language's phrase.
bool isPhrase(const std::string& pattern) {
    return pattern.size() >= 2 && pattern.front() == '"' && pattern.back() == '"' &&
           pattern.find('"', 1) == pattern.size() - 1;
}

// What is wrong with a regular expression, in words: the store's text (PCRE2's) is English.
// std::regex with ECMAScript's syntax, which PCRE2 takes too, names the fault.
QString regexProblem(const std::string& pattern) {
    // std::regex parses by recursion, a few frames a bracket: 100 000 "(" overflowed the stack.
    constexpr size_t kReadableBytes = 1000;
    if (pattern.size() > kReadableBytes)
        return MuteRuleDialog::tr("it is too long or too deeply nested to be read.");
    try {
        std::regex compiled(pattern, std::regex::ECMAScript | std::regex::icase);
    } catch (const std::regex_error& error) {
        switch (error.code()) {
        case std::regex_constants::error_paren:
            return MuteRuleDialog::tr("the round brackets ( ) do not pair up.");
        case std::regex_constants::error_brack:
            return MuteRuleDialog::tr("the square brackets [ ] do not pair up.");
        case std::regex_constants::error_brace:
        case std::regex_constants::error_badbrace:
            return MuteRuleDialog::tr("a count in braces { } is not complete or not valid.");
        case std::regex_constants::error_badrepeat:
            return MuteRuleDialog::tr("a *, + or ? has nothing before it to repeat.");
        case std::regex_constants::error_escape:
            return MuteRuleDialog::tr("a backslash \\ ends the expression or escapes nothing.");
        case std::regex_constants::error_range:
            return MuteRuleDialog::tr("a range such as a-z runs the wrong way.");
        default:
            break;
        }
    }
    return MuteRuleDialog::tr("it is not valid in JavaScript's (ECMAScript) syntax.");
}

// Why the store refused the rule (MuteRuleError, in English), from the rule: the store's checks
// in their order.
QString ruleProblem(const MuteRule& rule) {
    if (rule.kind == MuteRule::Kind::Regex) return regexProblem(rule.pattern);
    bool noWord = false;
    try {
        noWord = rule.kind == MuteRule::Kind::Words &&
                 parseSearchQuery(rule.pattern, std::time(nullptr)).matchExpression.empty();
    } catch (const SearchQueryError& error) {
        return CoreMessages::searchError(error);
    }
    if (noWord || (!rule.folder && !rule.feedId))
        return MuteRuleDialog::tr("it holds no word to look for, only operators or filters.");
    if (rule.folder)
        return MuteRuleDialog::tr("the folder \"%1\" is no longer there.")
            .arg(QString::fromStdString(*rule.folder));
    return MuteRuleDialog::tr("the feed is no longer there.");
}

} // namespace

MuteRuleDialog::MuteRuleDialog(const std::vector<Feed>& feeds, const std::vector<Folder>& folders,
                               const MuteRule& initial, Save save, QWidget* parent)
    : QDialog(parent), m_save(std::move(save)) {
    setWindowTitle(initial.id ? tr("Change mute rule") : tr("Mute articles"));
    m_match = new QComboBox;
    m_match->addItem(tr("Words"), static_cast<int>(Match::Words));
    m_match->addItem(tr("Exact phrase"), static_cast<int>(Match::Phrase));
    m_match->addItem(tr("Regular expression"), static_cast<int>(Match::Regex));
    m_match->addItem(tr("Author"), static_cast<int>(Match::Author));
    Match match = matchOf(initial);
    m_match->setCurrentIndex(m_match->findData(static_cast<int>(match)));
    m_field = new QComboBox;
    m_field->addItem(tr("Headline or text"), static_cast<int>(MuteRule::Field::Any));
    m_field->addItem(tr("Headline only"), static_cast<int>(MuteRule::Field::Title));
    m_field->addItem(tr("Text only"), static_cast<int>(MuteRule::Field::Text));
    m_field->setCurrentIndex(m_field->findData(static_cast<int>(initial.field)));
    m_field->setEnabled(match != Match::Author);
    QString pattern = QString::fromStdString(initial.pattern);
    if (match == Match::Phrase) pattern = pattern.mid(1, pattern.size() - 2);
    m_pattern = new QLineEdit(pattern);
    m_pattern->setMinimumWidth(320);
    m_scope = new QComboBox;
    m_scope->addItem(tr("Every feed"), QString());
    for (const Folder& folder : folders)
        m_scope->addItem(tr("Folder: %1").arg(QString::fromStdString(folder.name)),
                         kFolderPrefix + QString::fromStdString(folder.name));
    for (const Feed& feed : feeds)
        m_scope->addItem(tr("Feed: %1").arg(QString::fromStdString(feed.displayTitle())),
                         kFeedPrefix + QString::number(feed.id));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scopeKey(initial))));
    m_action = new QComboBox;
    m_action->addItem(tr("Mark read on arrival"), static_cast<int>(MuteRule::Action::MarkRead));
    m_action->addItem(tr("Hide"), static_cast<int>(MuteRule::Action::Hide));
    m_action->setCurrentIndex(initial.action == MuteRule::Action::Hide ? 1 : 0);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setVisible(false);
    auto* note = new QLabel(tr("A rule applies to articles that arrive after it is saved; muted "
                               "articles stay searchable with is:muted."));
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Look for"), m_match);
    form->addRow(tr("Text"), m_pattern);
    form->addRow(tr("Look in"), m_field);
    form->addRow(tr("In"), m_scope);
    form->addRow(tr("Then"), m_action);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MuteRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_match, &QComboBox::currentIndexChanged, this, &MuteRuleDialog::matchChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

MuteRuleDialog::Match MuteRuleDialog::matchOf(const MuteRule& rule) {
    switch (rule.kind) {
    case MuteRule::Kind::Regex:
        return Match::Regex;
    case MuteRule::Kind::Author:
        return Match::Author;
    case MuteRule::Kind::Words:
        break;
    }
    return isPhrase(rule.pattern) ? Match::Phrase : Match::Words;
}

void MuteRuleDialog::setSuggestions(std::map<Match, QString> suggestions) {
    m_suggestions = std::move(suggestions);
    m_suggested = m_pattern->text();
    matchChanged();
}

void MuteRuleDialog::matchChanged() {
    // An author is looked for in the byline, never in the headline or text.
    m_field->setEnabled(static_cast<Match>(m_match->currentData().toInt()) != Match::Author);
    // What the reader typed stays; only a suggestion follows the kind.
    if (m_pattern->text() != m_suggested) return;
    auto it = m_suggestions.find(static_cast<Match>(m_match->currentData().toInt()));
    if (it == m_suggestions.end()) return;
    m_pattern->setText(it->second);
    m_suggested = it->second;
}

MuteRule MuteRuleDialog::rule() const {
    MuteRule rule;
    auto match = static_cast<Match>(m_match->currentData().toInt());
    QString pattern = m_pattern->text().trimmed();
    rule.kind = match == Match::Regex    ? MuteRule::Kind::Regex
                : match == Match::Author ? MuteRule::Kind::Author
                                         : MuteRule::Kind::Words;
    if (match == Match::Phrase && !pattern.isEmpty()) {
        pattern.remove(QLatin1Char('"')); // a quote inside would end the phrase early
        pattern = QLatin1Char('"') + pattern + QLatin1Char('"');
    }
    rule.pattern = pattern.toStdString();
    if (match != Match::Author)
        rule.field = static_cast<MuteRule::Field>(m_field->currentData().toInt());
    QString scope = m_scope->currentData().toString();
    if (scope.startsWith(kFeedPrefix)) rule.feedId = scope.mid(kFeedPrefix.size()).toLongLong();
    if (scope.startsWith(kFolderPrefix))
        rule.folder = scope.mid(kFolderPrefix.size()).toStdString();
    rule.action = static_cast<MuteRule::Action>(m_action->currentData().toInt());
    return rule;
}

QString MuteRuleDialog::error() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void MuteRuleDialog::accept() {
    QString refused = m_save(rule());
    m_error->setText(refused);
    m_error->setVisible(!refused.isEmpty());
    if (refused.isEmpty())
        QDialog::accept();
    else
        growToFitWrappedText(*this);
}

QString MuteRuleDialog::saveRule(Database& db, const MuteRule& rule,
                                 std::optional<std::int64_t> replacing) {
    if (rule.pattern.empty()) return tr("Type the words, phrase, expression or author to mute.");
    try {
        auto now = static_cast<std::int64_t>(std::time(nullptr));
        MuteRuleStore store(db);
        auto rules = store.rules();
        bool stillThere = replacing && std::any_of(rules.begin(), rules.end(), [&](const auto& r) {
                              return r.id == *replacing;
                          });
        if (stillThere) // the same rule, edited: its id and place kept (mute list, mute remove)
            store.replace(*replacing, rule, now);
        else // new, or removed meanwhile (heraut-cli mute remove): the edit is kept as new
            store.add(rule, now);
    } catch (const MuteRuleTooCostly&) {
        return tr("This regular expression cannot be used: it takes too long on the articles "
                  "in the news cache (nested repeats such as (a+)+ try every way to split a "
                  "text). Simplify it.");
    } catch (const MuteRuleMatchesEverything&) {
        return tr("This regular expression cannot be used for every feed: it matches any text "
                  "(as .* and ^ do), so it would mute every article. Choose a feed or a folder "
                  "to mute all of theirs.");
    } catch (const MuteRuleError&) {
        QString why = ruleProblem(rule);
        return rule.kind == MuteRule::Kind::Regex
                   ? tr("This regular expression cannot be used: %1").arg(why)
                   : tr("This rule cannot be saved: %1").arg(why);
    } catch (const std::exception& error) {
        return tr("Heraut could not save the rule in its news cache: %1")
            .arg(CoreMessages::failure(error));
    }
    return {};
}

bool MuteRuleDialog::muteLike(Database& db, std::int64_t articleId, QWidget* parent) {
    std::optional<StoredArticle> article;
    std::vector<Feed> feeds;
    std::vector<Folder> folders;
    try {
        article = ArticleStore(db).article(articleId);
        FeedStore store(db);
        feeds = store.feeds();
        folders = store.folders();
    } catch (const std::exception&) {
        return false; // the menu's other actions report a cache that cannot be read
    }
    if (!article) return false;
    MuteRule initial;
    initial.feedId = article->feedId;
    initial.kind = MuteRule::Kind::Words;
    initial.pattern = "\"" + article->article.title + "\"";
    MuteRuleDialog dialog(
        feeds, folders, initial, [&db](const MuteRule& rule) { return saveRule(db, rule); },
        parent);
    std::map<Match, QString> suggestions{
        {Match::Phrase, QString::fromStdString(article->article.title)},
        {Match::Words, QString::fromStdString(article->article.title)}};
    if (article->article.author)
        suggestions[Match::Author] = QString::fromStdString(*article->article.author);
    dialog.setSuggestions(std::move(suggestions));
    return dialog.exec() == QDialog::Accepted;
}

} // namespace heraut::app
