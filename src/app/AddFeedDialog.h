// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/FeedDiscovery.h"
#include "heraut/FullArticleStore.h"

#include <QDialog>
#include <optional>
#include <string>

class QComboBox;
class QLineEdit;

namespace heraut::app {

// Asks for a new subscription: the address of a feed or of a web page that advertises one, an
// optional title of the reader's own, and the folder it goes in (an existing one, a new name,
// or none), preselected to the folder the reader is in.
class AddFeedDialog : public QDialog {
    Q_OBJECT

  public:
    AddFeedDialog(const QStringList& folders, const QString& currentFolder,
                  QWidget* parent = nullptr);

    std::string url() const;
    std::optional<std::string> title() const;  // nullopt: the feed's own title
    std::optional<std::string> folder() const; // nullopt: top level
    FullArticlesMode fullArticles() const;

    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* folderBox() const { return m_folder; }
    QComboBox* fullArticlesBox() const { return m_fullArticles; }

  private:
    QLineEdit* m_url;
    QLineEdit* m_title;
    QComboBox* m_folder;
    QComboBox* m_fullArticles;
};

// "Defensie — RSS" for one of a page's advertised feeds, instead of its MIME type.
QString describeDiscoveredFeed(const DiscoveredFeed& feed);

} // namespace heraut::app
