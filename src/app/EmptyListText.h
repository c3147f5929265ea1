// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleListModel.h"

#include <QCoreApplication>
#include <QString>

namespace heraut::app {

// What an empty article list says, one whole sentence for each kind of list, so that both
// languages read naturally: "No unread articles in the folder Defensie.", never a list's name
// dropped into a sentence made for another ("No articles in all articles yet.").
class EmptyListText {
    Q_DECLARE_TR_FUNCTIONS(EmptyListText)

  public:
    struct List {
        ArticleScope::Kind kind = ArticleScope::Kind::All;
        QString name;            // the feed's, folder's or watch-list's name as the tree shows it
        bool unreadOnly = false; // "show only unread" on
        bool stories = false;    // story mode: the list's rows are stories
    };

    // The list has no rows and no search is typed.
    static QString browse(const List& list);
    // A search in the list found nothing.
    static QString noResults(const List& list);

  private:
    static QString browseArticles(const List& list);
    static QString browseStories(const List& list);
};

} // namespace heraut::app
