// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace heraut::cli {

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeAddCommand();
std::unique_ptr<Command> makeRemoveCommand();
std::unique_ptr<Command> makeRenameCommand();
std::unique_ptr<Command> makeMoveCommand();
std::unique_ptr<Command> makeFeedsCommand();
std::unique_ptr<Command> makeRefreshCommand();
std::unique_ptr<Command> makeListCommand();
std::unique_ptr<Command> makeShowCommand();
std::unique_ptr<Command> makeMarkCommand(int which); // 0 read, 1 unread, 2 star, 3 unstar
std::unique_ptr<Command> makeMarkAllReadCommand();
std::unique_ptr<Command> makeSearchCommand();
std::unique_ptr<Command> makeImportOpmlCommand();
std::unique_ptr<Command> makeExportOpmlCommand();
std::unique_ptr<Command> makeParseCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeRepairCommand();
std::unique_ptr<Command> makeExtractCommand();
std::unique_ptr<Command> makeAccountCommand();
std::unique_ptr<Command> makeSyncCommand();

} // namespace heraut::cli
