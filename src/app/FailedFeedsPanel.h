// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Feed.h"
#include "heraut/FeedStore.h"

#include <QDialog>
#include <cstdint>
#include <vector>

class QVBoxLayout;

namespace heraut::app {

// The feeds whose last refresh failed, each with its error in words and what can be done about
// it: retry, give it another address, remove it. Scrolls, and never grows past the screen it is
// on, so 200 failing feeds (a night offline) still fit.
class StoreErrors;

class FailedFeedsPanel : public QDialog {
    Q_OBJECT

  public:
    // Edits and removals go to `feeds`; their failures to `errors`.
    FailedFeedsPanel(FeedStore& feeds, StoreErrors& errors, QWidget* parent = nullptr);

    // Shows these feeds (again, after one was changed); an empty list says all is well.
    void setFeeds(const std::vector<Feed>& feeds);
    int feedCount() const { return m_count; }
    // A database opened read-only: Retry, Edit URL and Remove are shown but not offered.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

  signals:
    void retryRequested(const std::vector<std::int64_t>& feedIds);
    void feedsChanged(); // an address edited or a feed removed: the lists should be read again

  public slots:
    // Asks for a new address and retries the feed there; false when nothing changed.
    bool editUrl(std::int64_t feedId);
    // Asks first; the feed and its cached articles go.
    bool removeFeed(std::int64_t feedId);

  private:
    QWidget* makeRow(const Feed& feed);
    void fitScreen();
    int buttonsWidth() const;
    static constexpr int kRowsShown = 4;  // feeds in sight when the panel opens
    static constexpr int kTextChars = 60; // the error's width, in average characters

    FeedStore& m_feeds;
    StoreErrors& m_errors;
    QVBoxLayout* m_rows = nullptr;
    std::vector<std::int64_t> m_ids;
    int m_count = 0;
    bool m_readOnly = false;
};

} // namespace heraut::app
