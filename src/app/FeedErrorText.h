// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Feed.h"

#include <QCoreApplication>
#include <QString>

namespace heraut::app {

// Why a feed failed, in the reader's language: the core records a kind and a number (an HTTP
// status, a size), the words are the app's (translated). The core's own English text is kept
// as the detail for what has no words of its own.
class FeedErrorText {
    Q_DECLARE_TR_FUNCTIONS(FeedErrorText)

  public:
    // Empty when the feed's last refresh worked.
    static QString describe(const Feed& feed);
    // `english` is the core's text: the detail for kinds that have no words of their own.
    static QString describe(Failure failure, const QString& english);
};

} // namespace heraut::app
