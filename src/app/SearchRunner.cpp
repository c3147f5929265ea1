// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchRunner.h"

#include "ArticleListModel.h"

namespace heraut::app {

SearchRunner::SearchRunner(QString databasePath, Database::Access access, QObject* parent)
    : QObject(parent),
      m_runner(databasePath.toStdString(), access, LatestRequestRunner::Open::AtOnce) {}

std::uint64_t SearchRunner::start(const SearchQuery& query, int limit,
                                  ArticleStore::Backlog backlog) {
    return m_runner.start(
        [this, query, limit, backlog](
            const LatestRequestRunner::Connection& connection) -> LatestRequestRunner::Delivery {
            std::vector<ArticleHeadline> rows;
            QString error;
            try {
                rows = ArticleStore(connection()).search(query, limit, backlog);
            } catch (const StoreError& e) {
                error = ArticleListModel::searchFailed(e);
            } catch (const std::exception&) {
                error = tr("The search failed.");
            }
            return [this, rows = std::move(rows), error](std::uint64_t ticket) {
                if (error.isEmpty())
                    emit finished(ticket, rows);
                else
                    emit failed(ticket, error);
            };
        });
}

void SearchRunner::cancel() {
    m_runner.cancel();
}

} // namespace heraut::app
