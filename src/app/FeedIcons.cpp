// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedIcons.h"

#include "heraut/FeedIcons.h"

#include <QImage>
#include <QPixmap>

namespace heraut::app {

void FeedIcons::reload(Database& db) {
    if (!m_enabled) return;
    QHash<qint64, QByteArray> bytes;
    for (const FeedIcon& icon : FeedIconStore(db).icons())
        bytes.insert(icon.feedId, QByteArray::fromStdString(icon.image));
    if (bytes == m_bytes) return;
    m_icons.clear();
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it) {
        QImage image = QImage::fromData(it.value());
        // An ICO holds several sizes; QImage reads the first. Icons are shown at 16 px.
        if (!image.isNull())
            m_icons.insert(it.key(), QIcon(QPixmap::fromImage(image.scaled(
                                         32, 32, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
    }
    m_bytes = std::move(bytes);
    emit changed();
}

void FeedIcons::setEnabled(bool enabled) {
    if (enabled == m_enabled) return;
    m_enabled = enabled;
    m_icons.clear();
    m_bytes.clear();
    emit changed();
}

QIcon FeedIcons::icon(qint64 feedId) const {
    return m_icons.value(feedId);
}

} // namespace heraut::app
