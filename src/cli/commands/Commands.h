// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace heraut::cli {

std::unique_ptr<Command> makeParseCommand();

} // namespace heraut::cli
