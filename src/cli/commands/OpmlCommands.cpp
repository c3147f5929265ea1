// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "InputFile.h"
#include "Library.h"
#include "heraut/Opml.h"
#include "heraut/Subscriptions.h"

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
    }
    int execute(const GlobalOptions& global) override {
        std::string text = readInput(m_file);
        auto db = openDatabase(global);
        try {
            ImportResult result = importOpml(*db, text, currentTime());
            std::cerr << result.added << " feeds added, " << result.alreadySubscribed
                      << " already subscribed\n";
        } catch (const OpmlError& error) {
            throw UsageError(displayName(m_file) + ": " + error.what());
        }
        return kSuccess;
    }

  private:
    std::string m_file;
};

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
        if (m_file.empty() || m_file == "-") {
            std::cout << opml;
            return kSuccess;
        }
        std::ofstream out(m_file, std::ios::binary);
        if (!(out << opml)) throw UsageError(m_file + ": cannot write");
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
