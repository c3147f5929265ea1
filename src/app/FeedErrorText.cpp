// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedErrorText.h"

namespace heraut::app {

QString FeedErrorText::describe(const Feed& feed) {
    return QString::fromStdString(feed.lastError.value_or(std::string()));
}

} // namespace heraut::app
