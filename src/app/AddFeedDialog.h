// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/FeedDiscovery.h"
#include "heraut/FullArticleStore.h"

#include <QDialog>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;

namespace heraut {
class Database;
}

namespace heraut::app {

// (id, title) of each server reader account, for AddFeedDialog::setAccounts. Throws StoreError.
std::vector<std::pair<std::int64_t, QString>> accountChoices(Database& db);

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

    // Offers where to subscribe: this computer, or one of these server reader accounts (id,
    // title), whose server then fetches the feed. Without accounts the row stays hidden. An
    // account's server names the feed and keeps no per-feed settings: title and full articles
    // are then off.
    void setAccounts(const std::vector<std::pair<std::int64_t, QString>>& accounts);
    std::optional<std::int64_t> account() const; // nullopt: this computer
    QComboBox* accountBox() const { return m_account; }

    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* folderBox() const { return m_folder; }
    QComboBox* fullArticlesBox() const { return m_fullArticles; }

  private:
    QLineEdit* m_url;
    QLineEdit* m_title;
    QComboBox* m_folder;
    QComboBox* m_fullArticles;
    QComboBox* m_account;
};

// "Defensie — RSS" for one of a page's advertised feeds, instead of its MIME type.
QString describeDiscoveredFeed(const DiscoveredFeed& feed);

} // namespace heraut::app
