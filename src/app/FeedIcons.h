// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"

#include <QHash>
#include <QIcon>
#include <QObject>

namespace heraut::app {

// Site icons of the feeds, decoded once from the cache (FeedIcons.h in the core fetches and
// keeps them) for the feed list and the article list. Nothing is loaded from here: an icon
// not in the cache is no icon. Switched off, it has none and the refresh fetches none.
class FeedIcons : public QObject {
    Q_OBJECT

  public:
    explicit FeedIcons(QObject* parent = nullptr) : QObject(parent) {}

    // Reads the icons again (after a refresh); emits changed() when they differ.
    // Throws StoreError.
    void reload(Database& db);
    void setEnabled(bool enabled);
    bool enabled() const { return m_enabled; }
    // A null icon when the feed has none (or icons are off).
    QIcon icon(qint64 feedId) const;

  signals:
    void changed();

  private:
    bool m_enabled = true;
    QHash<qint64, QIcon> m_icons;
    QHash<qint64, QByteArray> m_bytes; // what the icons were decoded from, to skip the same
};

} // namespace heraut::app
