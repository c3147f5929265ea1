// SPDX-License-Identifier: GPL-3.0-or-later
// Mute rules: mute add, mute remove, mute list.
#include "Commands.h"
#include "Library.h"
#include "heraut/MuteRules.h"
#include "heraut/SearchQuery.h"

#include <iostream>

namespace heraut::cli {
namespace {

class MuteCommand : public Command {
  public:
    const char* name() const override { return "mute"; }
    const char* summary() const override {
        return "Mute rules: words or a regular expression in the headline or text, or an "
               "author, marked read or hidden as they arrive (mute add|remove|list)";
    }
    void configure(CLI::App& app) override {
        app.require_subcommand(1);
        m_add = app.add_subcommand("add", "Add a mute rule; it applies to articles that arrive "
                                          "from now on");
        m_add
            ->add_option("pattern", m_pattern,
                         "Words or \"a phrase\" (the search language), or with --regex or "
                         "--author what those take")
            ->required();
        auto regex = m_add->add_flag("--regex", m_regex,
                                     "A regular expression (PCRE2, Perl's syntax; case "
                                     "ignored) on the headline and each line of the text");
        auto author = m_add->add_flag("--author", m_author, "The author's name contains this")
                          ->excludes(regex);
        m_add
            ->add_option("--in", m_in,
                         "Where words or the expression are looked for: title (the headline), "
                         "text (body and takeaways) or any (default)")
            ->check(CLI::IsMember({"title", "text", "any"}))
            ->excludes(author);
        auto feed = m_add->add_option("--feed", m_feed, "Only this feed id")->check(nonEmpty());
        m_add->add_option("--folder", m_folder, "Only feeds in this folder")
            ->check(nonEmpty())
            ->excludes(feed);
        m_add->add_flag("--hide", m_hide,
                        "Hide what it matches (default: mark it read); is:muted finds it");
        m_remove = app.add_subcommand("remove", "Remove a mute rule (what it muted stays so)");
        m_remove->add_option("id", m_id, "The rule's id (mute list)")->required();
        m_list = app.add_subcommand("list", "Mute rules");
        m_list->add_flag("--json", m_json, "Print JSON");
    }
    int execute(const GlobalOptions& global) override {
        if (m_add->parsed()) return add(global);
        if (m_remove->parsed()) return remove(global);
        return list(global);
    }

  private:
    int add(const GlobalOptions& global) {
        MuteRule rule;
        rule.kind = m_regex    ? MuteRule::Kind::Regex
                    : m_author ? MuteRule::Kind::Author
                               : MuteRule::Kind::Words;
        rule.field = muteFieldFromName(m_in).value_or(MuteRule::Field::Any);
        rule.pattern = m_pattern;
        if (!m_feed.empty()) rule.feedId = parseId(m_feed, "feed");
        if (m_add->count("--folder") > 0) rule.folder = m_folder; // "" is refused, not "all"
        rule.action = m_hide ? MuteRule::Action::Hide : MuteRule::Action::MarkRead;
        auto db = openDatabase(global);
        try {
            MuteRule made = MuteRuleStore(*db).add(rule, currentTime());
            std::cerr << "added mute rule " << made.id << '\n';
        } catch (const MuteRuleError& error) {
            throw UsageError(std::string("mute add: ") + error.what());
        } catch (const SearchQueryError& error) {
            throw UsageError(std::string("mute add: ") + error.what());
        }
        return kSuccess;
    }

    int remove(const GlobalOptions& global) {
        std::int64_t id = parseId(m_id, "mute rule");
        auto db = openDatabase(global);
        if (!MuteRuleStore(*db).remove(id)) throw UsageError("no mute rule with id " + m_id);
        return kSuccess;
    }

    int list(const GlobalOptions& global) {
        auto db = openDatabaseForReading(global);
        nlohmann::ordered_json json = nlohmann::ordered_json::array();
        for (const MuteRule& rule : MuteRuleStore(*db).rules()) {
            const char* action = rule.action == MuteRule::Action::Hide ? "hide" : "read";
            std::string scope = rule.feedId   ? "feed:" + std::to_string(*rule.feedId)
                                : rule.folder ? "folder:" + *rule.folder
                                              : "all";
            if (!m_json) {
                std::cout << rule.id << '\t' << muteKindName(rule.kind) << '\t'
                          << muteFieldName(rule.field) << '\t' << action << '\t' << scope << '\t'
                          << rule.pattern << '\n';
                continue;
            }
            json.push_back({{"id", rule.id},
                            {"kind", muteKindName(rule.kind)},
                            {"in", muteFieldName(rule.field)},
                            {"pattern", rule.pattern},
                            {"action", action},
                            {"feed_id", rule.feedId ? nlohmann::ordered_json(*rule.feedId)
                                                    : nlohmann::ordered_json(nullptr)},
                            {"folder", rule.folder ? nlohmann::ordered_json(*rule.folder)
                                                   : nlohmann::ordered_json(nullptr)}});
        }
        if (m_json)
            std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return kSuccess;
    }

    CLI::App* m_add = nullptr;
    CLI::App* m_remove = nullptr;
    CLI::App* m_list = nullptr;
    std::string m_pattern, m_feed, m_folder, m_id, m_in = "any";
    bool m_regex = false, m_author = false, m_hide = false, m_json = false;
};

} // namespace

std::unique_ptr<Command> makeMuteCommand() {
    return std::make_unique<MuteCommand>();
}

} // namespace heraut::cli
