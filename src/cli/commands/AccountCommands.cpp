// SPDX-License-Identifier: GPL-3.0-or-later
// `account add|list|remove`: server reader accounts. Passwords go to the CredentialStore only.
#include "Commands.h"
#include "Library.h"
#include "heraut/AccountStore.h"
#include "heraut/CredentialStore.h"
#include "heraut/FeedUrl.h"

#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace heraut::cli {
namespace {

// One line from standard input, without its line end; with echo off on a terminal.
std::string readPassword(bool fromStdin) {
    bool terminal = ::isatty(STDIN_FILENO) != 0;
    if (!fromStdin && !terminal)
        throw UsageError("give the password on standard input with --password-stdin");
    termios saved{};
    if (terminal) {
        std::cerr << "Password: " << std::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string password;
    std::getline(std::cin, password);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << '\n';
    }
    if (!password.empty() && password.back() == '\r') password.pop_back();
    if (password.empty()) throw UsageError("no password given");
    return password;
}

ReaderDialect guessDialect(const std::string& url) {
    if (url.find("greader.php") != std::string::npos) return ReaderDialect::FreshRss;
    if (url.find("inoreader.com") != std::string::npos) return ReaderDialect::Inoreader;
    return ReaderDialect::Generic;
}

class AccountCommand : public Command {
  public:
    const char* name() const override { return "account"; }
    const char* summary() const override {
        return "Server reader accounts (FreshRSS, Miniflux, Inoreader, Tiny Tiny RSS): add, list, "
               "remove";
    }
    void configure(CLI::App& app) override {
        app.require_subcommand(1);
        m_add = app.add_subcommand("add", "Add an account; checks the login unless --no-check");
        m_add->add_option("kind", m_kind, "greader (FreshRSS, Miniflux, Inoreader...) or ttrss")
            ->required();
        m_add
            ->add_option("url", m_url,
                         "API address: FreshRSS https://host/api/greader.php, Miniflux "
                         "https://host, tt-rss https://host/tt-rss/")
            ->required();
        m_add->add_option("--user", m_user, "Login name")->required();
        m_add->add_flag("--password-stdin", m_passwordStdin,
                        "Read the password (the API password) from standard input");
        m_add->add_option("--dialect", m_dialect,
                          "greader server: freshrss, miniflux, inoreader or generic (default: "
                          "guessed from the URL)");
        m_add->add_option("--title", m_title, "Name shown for the account");
        m_add->add_flag("--no-check", m_noCheck, "Do not log in to check (offline)");
        m_list = app.add_subcommand("list", "List the accounts");
        m_list->add_flag("--json", m_json, "As JSON on stdout");
        m_remove =
            app.add_subcommand("remove", "Remove an account with its feeds, articles and password");
        m_remove->add_option("id", m_id, "Account id (see `account list`)")->required();
    }
    int execute(const GlobalOptions& global) override {
        if (m_add->parsed()) return add(global);
        if (m_list->parsed()) return list(global);
        return remove(global);
    }

  private:
    int add(const GlobalOptions& global) {
        Account account;
        auto kind = parseAccountKind(m_kind);
        if (!kind) throw UsageError(m_kind + ": not an account kind (greader or ttrss)");
        account.kind = *kind;
        if (auto problem = feedUrlProblem(m_url))
            throw UsageError(withoutPasswords(m_url) + ": " + *problem);
        account.url = m_url;
        account.user = m_user;
        account.title = m_title;
        account.dialect = guessDialect(m_url);
        if (!m_dialect.empty()) {
            auto dialect = parseReaderDialect(m_dialect);
            if (!dialect)
                throw UsageError(m_dialect + ": not a dialect (freshrss, miniflux, inoreader, "
                                             "generic)");
            account.dialect = *dialect;
        }
        auto db = openDatabase(global);
        std::string password = readPassword(m_passwordStdin);
        if (!m_noCheck) {
            try {
                makeSyncClient(account, password, FetchOptions{})->login();
            } catch (const SyncError& error) {
                std::cerr << "heraut-cli: account add: " << withoutPasswords(error.what())
                          << "\nNothing was added.\n";
                return kPartialFailure;
            }
        }
        AccountStore store(*db);
        try {
            account.id = store.addAccount(account);
        } catch (const StoreError& error) {
            throw UsageError(withoutPasswords(error.what()));
        }
        try {
            CredentialStore(db->path()).save(account, password);
        } catch (const std::exception&) {
            store.removeAccount(account.id); // an account without its password is no use
            throw;
        }
        std::cout << account.id << '\t' << account.displayTitle() << '\n';
        std::cerr << "Added; `heraut-cli sync` fetches its subscriptions and articles.\n";
        return kSuccess;
    }

    int list(const GlobalOptions& global) {
        auto db = openDatabaseForReading(global);
        AccountStore store(*db);
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const Account& a : store.accounts()) {
            int pending = store.pendingCount(a.id);
            if (!m_json) {
                std::cout << a.id << '\t' << accountKindName(a.kind) << '\t'
                          << withoutPasswords(a.url) << '\t' << a.user << '\t'
                          << localTime(a.lastSuccess) << '\t'
                          << (a.lastError ? withoutPasswords(*a.lastError) : "ok");
                if (pending) std::cout << '\t' << pending << " changes waiting to sync";
                std::cout << '\n';
                continue;
            }
            rows.push_back(
                {{"id", a.id},
                 {"kind", accountKindName(a.kind)},
                 {"dialect", readerDialectName(a.dialect)},
                 {"url", withoutPasswords(a.url)},
                 {"user", a.user},
                 {"title", a.displayTitle()},
                 {"last_sync", a.lastSync ? nlohmann::ordered_json(*a.lastSync) : nullptr},
                 {"last_success", a.lastSuccess ? nlohmann::ordered_json(*a.lastSuccess) : nullptr},
                 {"last_error", a.lastError ? nlohmann::ordered_json(*a.lastError) : nullptr},
                 {"pending", pending}});
        }
        if (m_json) std::cout << rows.dump() << '\n';
        return kSuccess;
    }

    int remove(const GlobalOptions& global) {
        std::int64_t id = parseId(m_id, "account");
        auto db = openDatabase(global);
        AccountStore store(*db);
        auto account = store.account(id);
        if (!account) throw UsageError("no account with id " + std::to_string(id));
        int pending = store.pendingCount(id);
        store.removeAccount(id);
        CredentialStore(db->path()).remove(*account);
        std::cerr << "Removed account " << id << " with its feeds and articles";
        if (pending) std::cerr << "; " << pending << " changes never sent to the server";
        std::cerr << '\n';
        return kSuccess;
    }

    CLI::App* m_add = nullptr;
    CLI::App* m_list = nullptr;
    CLI::App* m_remove = nullptr;
    std::string m_kind;
    std::string m_url;
    std::string m_user;
    std::string m_dialect;
    std::string m_title;
    std::string m_id;
    bool m_passwordStdin = false;
    bool m_noCheck = false;
    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeAccountCommand() {
    return std::make_unique<AccountCommand>();
}

} // namespace heraut::cli
