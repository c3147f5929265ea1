// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefingRunner.h"

#include "CoreMessages.h"

#include "heraut/StoryStore.h"

namespace heraut::app {

BriefingRunner::BriefingRunner(QString databasePath, Database::Access access, QObject* parent)
    : QObject(parent),
      m_runner(databasePath.toStdString(), access, LatestRequestRunner::Open::OnFirstJob) {}

std::uint64_t BriefingRunner::start(const BriefingOptions& options, std::int64_t now) {
    return m_runner.start(
        [this, options,
         now](const LatestRequestRunner::Connection& connection) -> LatestRequestRunner::Delivery {
            Briefing briefing;
            QString error;
            try {
                Database& db = connection();
                StoryStore stories(db);
                BriefingOptions withStories = options;
                withStories.storyOf = [&stories](std::int64_t id) { return stories.storyOf(id); };
                briefing = buildBriefing(db, withStories, now);
            } catch (const std::exception& e) { // worded in the reader's language
                error = CoreMessages::failure(e);
            }
            return [this, briefing = std::move(briefing), error](std::uint64_t ticket) {
                if (error.isEmpty())
                    emit finished(ticket, briefing);
                else
                    emit failed(ticket, error);
            };
        });
}

void BriefingRunner::cancel() {
    m_runner.cancel();
}

} // namespace heraut::app
