// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "FeedJson.h"
#include "Library.h"
#include "heraut/FeedStore.h"
#include "heraut/FeedUrl.h"

#include <iostream>

namespace heraut::cli {
namespace {

class FeedsCommand : public Command {
  public:
    const char* name() const override { return "feeds"; }
    const char* summary() const override {
        return "List subscriptions with unread counts, last success and last error";
    }
    void configure(CLI::App& app) override { app.add_flag("--json", m_json, "Print JSON"); }

    int execute(const GlobalOptions& global) override {
        auto db = openDatabaseForReading(global);
        std::vector<Feed> feeds = FeedStore(*db).feeds();
        UnreadCounts counts = ArticleStore(*db).unreadCounts();
        // A URL may carry a login: it is shown as user:***@, here as everywhere.
        auto lastError = [](const Feed& f) {
            return f.lastError ? nlohmann::ordered_json(withoutPasswords(*f.lastError))
                               : nlohmann::ordered_json(nullptr);
        };
        auto unread = [&](const Feed& f) {
            auto it = counts.byFeed.find(f.id);
            return it == counts.byFeed.end() ? 0 : it->second;
        };
        if (m_json) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const Feed& f : feeds)
                list.push_back({{"id", f.id},
                                {"url", withoutPasswords(f.url)},
                                {"title", f.displayTitle()},
                                {"folder", f.folderName ? nlohmann::ordered_json(*f.folderName)
                                                        : nlohmann::ordered_json(nullptr)},
                                {"unread", unread(f)},
                                {"last_success", timestampJson(f.lastSuccess)},
                                {"last_error", lastError(f)},
                                {"site_link", f.siteLink ? nlohmann::ordered_json(*f.siteLink)
                                                         : nlohmann::ordered_json(nullptr)},
                                {"disabled", f.disabled},
                                {"consecutive_failures", f.consecutiveFailures}});
            std::cout << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
            return kSuccess;
        }
        for (const Feed& f : feeds) {
            std::cout << f.id << '\t' << unread(f) << '\t' << f.folderName.value_or("-") << '\t'
                      << f.displayTitle() << '\t' << localTime(f.lastSuccess);
            if (f.disabled) std::cout << "\tdisabled";
            if (f.lastError) std::cout << "\terror: " << withoutPasswords(*f.lastError);
            std::cout << '\n';
        }
        return kSuccess;
    }

  private:
    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeFeedsCommand() {
    return std::make_unique<FeedsCommand>();
}

} // namespace heraut::cli
