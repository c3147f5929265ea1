// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Opml.h"
#include "heraut/SearchQuery.h"
#include "heraut/Subscriptions.h"

#include <QCoreApplication>
#include <QString>
#include <exception>

namespace heraut::app {

// What the core reports in English for the CLI (a search filter it cannot read, a file that
// is no OPML, a feed that cannot be added), in the reader's language: the core gives a kind
// and its details, the words are the app's (translated). Fetch failures: FeedErrorText.
class CoreMessages {
    Q_DECLARE_TR_FUNCTIONS(CoreMessages)

  public:
    static QString searchError(const SearchQueryError& error);
    // Words of a search beyond kMaxSearchWords; empty for none.
    static QString wordsLeftOut(int count);
    // What the search left out of a query: words beyond the limit, terms without a letter or
    // digit ("🚀"). Empty when nothing was.
    static QString searchNotes(const SearchQuery& query);
    static QString opmlError(const OpmlError& error);
    static QString opmlNote(const OpmlNote& note);
    static QString urlProblem(const UrlProblem& problem);
    static QString subscribeError(const SubscribeError& error);
    // Any failure the core throws, worded by its kind (StoreError, SyncError, OpmlError, ...).
    // Only an exception the app has no words for shows its English text, as a detail.
    static QString failure(const std::exception& error);
};

} // namespace heraut::app
