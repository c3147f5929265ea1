// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyListText.h"

namespace heraut::app {

using Kind = ArticleScope::Kind;

QString EmptyListText::browse(const List& list) {
    return list.stories ? browseStories(list) : browseArticles(list);
}

QString EmptyListText::browseArticles(const List& list) {
    bool unread = list.unreadOnly;
    switch (list.kind) {
    case Kind::All:
        return unread ? tr("No unread articles: you have read everything.")
                      : tr("No articles yet. Add a feed, or refresh to fetch the news.");
    case Kind::Unread:
        return tr("No unread articles: you have read everything.");
    case Kind::Starred:
        return unread ? tr("No unread starred articles.")
                      : tr("No starred articles yet. Star an article to keep it here.");
    case Kind::Folder:
        return unread ? tr("No unread articles in the folder %1.").arg(list.name)
                      : tr("No articles in the folder %1 yet.").arg(list.name);
    case Kind::Feed:
        return unread ? tr("No unread articles from %1.").arg(list.name)
                      : tr("No articles from %1 yet.").arg(list.name);
    case Kind::WatchList:
        return unread ? tr("No unread articles match the watch-list %1.").arg(list.name)
                      : tr("No articles match the watch-list %1 yet.").arg(list.name);
    case Kind::Briefing:
        break;
    }
    return tr("No articles yet.");
}

QString EmptyListText::browseStories(const List& list) {
    bool unread = list.unreadOnly;
    switch (list.kind) {
    case Kind::All:
        return unread ? tr("No unread stories: you have read everything.")
                      : tr("No stories yet. Add a feed, or refresh to fetch the news.");
    case Kind::Unread:
        return tr("No unread stories: you have read everything.");
    case Kind::Starred:
        return unread ? tr("No unread stories with a starred article.")
                      : tr("No stories with a starred article yet.");
    case Kind::Folder:
        return unread ? tr("No unread stories in the folder %1.").arg(list.name)
                      : tr("No stories in the folder %1 yet.").arg(list.name);
    case Kind::Feed:
        return unread ? tr("No unread stories from %1.").arg(list.name)
                      : tr("No stories from %1 yet.").arg(list.name);
    case Kind::WatchList:
        return unread ? tr("No unread stories match the watch-list %1.").arg(list.name)
                      : tr("No stories match the watch-list %1 yet.").arg(list.name);
    case Kind::Briefing:
        break;
    }
    return tr("No stories yet.");
}

QString EmptyListText::noResults(const List& list) {
    if (list.unreadOnly) {
        switch (list.kind) {
        case Kind::All:
        case Kind::Unread:
            return tr("No unread articles match the search.");
        case Kind::Starred:
            return tr("No unread starred articles match the search.");
        case Kind::Folder:
            return tr("No unread articles in the folder %1 match the search.").arg(list.name);
        case Kind::Feed:
            return tr("No unread articles from %1 match the search.").arg(list.name);
        case Kind::WatchList:
            return tr("No unread articles of the watch-list %1 match the search.").arg(list.name);
        case Kind::Briefing:
            break;
        }
    }
    switch (list.kind) {
    case Kind::All:
        return tr("No articles match the search.");
    case Kind::Unread:
        return tr("No unread articles match the search.");
    case Kind::Starred:
        return tr("No starred articles match the search.");
    case Kind::Folder:
        return tr("No articles in the folder %1 match the search.").arg(list.name);
    case Kind::Feed:
        return tr("No articles from %1 match the search.").arg(list.name);
    case Kind::WatchList:
        return tr("No articles of the watch-list %1 match the search.").arg(list.name);
    case Kind::Briefing:
        break;
    }
    return tr("No articles match the search.");
}

} // namespace heraut::app
