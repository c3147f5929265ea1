// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "InputFile.h"
#include "Library.h"
#include "heraut/FeedStore.h"
#include "heraut/FeedUrl.h"
#include "heraut/Opml.h"
#include "heraut/Subscriptions.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace heraut::cli {
namespace {

class ImportOpmlCommand : public Command {
  public:
    const char* name() const override { return "import-opml"; }
    const char* summary() const override { return "Subscribe to the feeds of an OPML file"; }
    void configure(CLI::App& app) override {
        app.add_option("file", m_file, "OPML file, or - for standard input")->required();
        app.add_flag("--create", m_create,
                     "Create the database (with the default sources) if it does not exist");
    }
    int execute(const GlobalOptions& global) override {
        std::string text = readInput(m_file);
        std::string file = displayName(m_file);
        ImportResult result;
        try {
            if (m_create) parseOpml(text); // a file that is no OPML creates no database
            auto db = openDatabase(global, m_create ? OpenMode::Create : OpenMode::Existing);
            result = importOpml(*db, text, currentTime());
        } catch (const OpmlError& error) {
            throw UsageError(file + ": " + error.what());
        }
        for (const std::string& warning : result.warnings)
            std::cerr << file << ": warning: " << warning << '\n';
        for (const RejectedOutline& r : result.rejected)
            std::cerr << file << ": not imported: \"" << r.title << "\" " << withoutPasswords(r.url)
                      << ": " << r.problem << '\n';
        std::cerr << result.added << " feeds added, " << result.alreadySubscribed
                  << " already subscribed";
        if (!result.rejected.empty()) std::cerr << ", " << result.rejected.size() << " rejected";
        std::cerr << '\n';
        return result.rejected.empty() ? kSuccess : kPartialFailure;
    }

  private:
    std::string m_file;
    bool m_create = false;
};

// The export keeps logins (it is for importing again, where a masked one would not log in),
// so the reader is told the file holds them.
void warnAboutLogins(Database& db) {
    int withLogin = 0;
    for (const Feed& feed : FeedStore(db).feeds())
        withLogin += withoutPasswords(feed.url) != feed.url ? 1 : 0;
    if (withLogin > 0)
        std::cerr << "heraut-cli: export-opml: " << withLogin
                  << " feed URLs carry a password, written as they are: keep the file private\n";
}

class ExportOpmlCommand : public Command {
  public:
    const char* name() const override { return "export-opml"; }
    const char* summary() const override { return "Write the subscriptions as OPML"; }
    void configure(CLI::App& app) override {
        app.add_option("file", m_file, "Where to write it (default: standard output)");
    }
    int execute(const GlobalOptions& global) override {
        auto db = openDatabaseForReading(global);
        std::string opml = exportOpml(*db);
        warnAboutLogins(*db);
        if (m_file.empty() || m_file == "-") {
            std::cout << opml;
            return kSuccess;
        }
        std::ofstream out(m_file, std::ios::binary);
        out << opml;
        out.close(); // a full disk shows when the buffer is written, not when it is filled
        if (!out) throw UsageError(m_file + ": cannot write: " + std::strerror(errno));
        return kSuccess;
    }

  private:
    std::string m_file;
};

} // namespace

std::unique_ptr<Command> makeImportOpmlCommand() {
    return std::make_unique<ImportOpmlCommand>();
}
std::unique_ptr<Command> makeExportOpmlCommand() {
    return std::make_unique<ExportOpmlCommand>();
}

} // namespace heraut::cli
