// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingChanges.h"

#include <ctime>

namespace heraut::app {

PendingChanges::PendingChanges(Database& db, ArticleStore& store, StoreErrors& errors,
                               QObject* parent)
    : QObject(parent), m_db(db), m_store(store), m_errors(errors) {
    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, [this] { flush(m_retryWaitMs); });
}

void PendingChanges::setRetry(int intervalMs, int waitMs) {
    m_retry.setInterval(intervalMs);
    m_retryWaitMs = waitMs;
}

void PendingChanges::setRead(const std::vector<std::int64_t>& ids, bool read) {
    bool stuck = !isEmpty(); // the lock was not to be had a moment ago: do not freeze on it
    for (std::int64_t id : ids)
        m_read[id] = read;
    flush(stuck ? m_retryWaitMs : -1);
}

void PendingChanges::setStarred(std::int64_t id, bool starred) {
    bool stuck = !isEmpty();
    m_starred[id] = starred;
    flush(stuck ? m_retryWaitMs : -1);
}

void PendingChanges::applyTo(ArticleHeadline& row) const {
    if (auto read = m_read.find(row.id); read != m_read.end()) row.read = read->second;
    if (auto star = m_starred.find(row.id); star != m_starred.end()) row.starred = star->second;
}

// Writes the marks of one value (read, unread, starred, unstarred) in one transaction.
void PendingChanges::writeGroup(std::map<std::int64_t, bool>& marks, bool value, bool starred) {
    std::vector<std::int64_t> ids;
    for (const auto& [id, mark] : marks)
        if (mark == value) ids.push_back(id);
    if (ids.empty()) return;
    if (starred)
        m_store.setStarred(ids, value);
    else
        m_store.setRead(ids, value, static_cast<std::int64_t>(std::time(nullptr)));
    for (std::int64_t id : ids)
        marks.erase(id);
}

void PendingChanges::write(int waitMs) {
    int before = m_db.busyTimeout();
    if (waitMs >= 0) m_db.setBusyTimeout(waitMs);
    try {
        writeGroup(m_read, true, false);
        writeGroup(m_read, false, false);
        writeGroup(m_starred, true, true);
        writeGroup(m_starred, false, true);
    } catch (...) {
        m_db.setBusyTimeout(before);
        throw;
    }
    m_db.setBusyTimeout(before);
}

bool PendingChanges::flushSilently() {
    try {
        write(-1);
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

bool PendingChanges::flush(int waitMs) {
    if (isEmpty()) return true;
    const QString doing = tr("Heraut could not save your read and star marks yet. It keeps "
                             "them and saves them as soon as it can.");
    bool written = m_errors.attempt(
        doing, [&] { write(waitMs); }, StoreErrors::Origin::Background);
    if (written)
        m_retry.stop();
    else if (!m_retry.isActive() && !m_db.readOnly()) // a read-only connection never will
        m_retry.start();
    emit changed(size());
    return written;
}

} // namespace heraut::app
