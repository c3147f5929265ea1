// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LatestRequestRunner.h"
#include "heraut/Briefing.h"

#include <QObject>
#include <QString>
#include <cstdint>

namespace heraut::app {

// Builds briefings (Briefing.h) on a thread of its own, over a connection of its own (each
// thread that touches the database has one, DESIGN.md): a day's briefing takes 0.3-0.6 s
// over a big cache, which on the reader's thread froze the window when its row was selected.
// Only the latest request counts: one replaced or cancelled while it runs is interrupted, and
// what it built is never delivered.
class BriefingRunner : public QObject {
    Q_OBJECT

  public:
    // `access` as the reader's own connection was opened: a writable one lets the briefing
    // bring the watch-lists' matches up to date first (buildBriefing), a read-only one must not.
    explicit BriefingRunner(QString databasePath,
                            Database::Access access = Database::Access::ReadWrite,
                            QObject* parent = nullptr);

    // Replaces whatever waits or runs; returns the ticket finished() will carry. The runner
    // sets options.storyOf from its own connection's stories (StoryStore.h).
    std::uint64_t start(const BriefingOptions& options, std::int64_t now);
    // Drops the request that waits or runs: the reader selected something else.
    void cancel();

  signals:
    // On the runner's owner's thread, for the latest request only.
    void finished(std::uint64_t ticket, const heraut::Briefing& briefing);
    void failed(std::uint64_t ticket, const QString& message);

  private:
    LatestRequestRunner m_runner;
};

} // namespace heraut::app
