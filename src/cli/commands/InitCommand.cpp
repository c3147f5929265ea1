// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "Library.h"
#include "heraut/FeedStore.h"

#include <iostream>

namespace heraut::cli {
namespace {

class InitCommand : public Command {
  public:
    const char* name() const override { return "init"; }
    const char* summary() const override {
        return "Create the database (with the bundled Dutch and Flemish defence sources)";
    }
    void configure(CLI::App& app) override {
        app.add_flag("--empty", m_empty, "Create it without the default sources");
    }
    int execute(const GlobalOptions& global) override {
        auto db = openDatabase(global, m_empty ? OpenMode::CreateEmpty : OpenMode::Create);
        std::cerr << db->path() << ": " << FeedStore(*db).feeds().size() << " feeds\n";
        return kSuccess;
    }

  private:
    bool m_empty = false;
};

} // namespace

std::unique_ptr<Command> makeInitCommand() {
    return std::make_unique<InitCommand>();
}

} // namespace heraut::cli
