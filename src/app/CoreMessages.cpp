// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreMessages.h"

#include "FeedErrorText.h"
#include "StoreErrors.h"
#include "SyncErrorText.h"

namespace heraut::app {
namespace {

QString text(const std::string& utf8) {
    return QString::fromStdString(utf8);
}

QString place(const std::optional<std::string>& folder) {
    return folder ? CoreMessages::tr("into the folder \"%1\"").arg(text(*folder))
                  : CoreMessages::tr("at the top level");
}

} // namespace

QString CoreMessages::searchError(const SearchQueryError& error) {
    QString token = text(error.token());
    switch (error.filter()) {
    case SearchQueryError::Filter::Is:
        return tr("\"%1\": is: takes unread, read, starred or muted.").arg(token);
    case SearchQueryError::Filter::Feed:
        return tr("\"%1\": feed: takes a feed's number (feed:12).").arg(token);
    case SearchQueryError::Filter::Folder:
        return tr("\"%1\": folder: takes a folder's name (folder:\"Two words\").").arg(token);
    case SearchQueryError::Filter::Negated:
        return tr("\"%1\": a filter cannot be left out with a minus: use its opposite (is:read "
                  "for -is:unread) or search without it.")
            .arg(token);
    case SearchQueryError::Filter::Alternative:
        return tr("\"%1\": a filter cannot be an alternative (OR): search each on its own.")
            .arg(token);
    case SearchQueryError::Filter::Since:
        break;
    }
    return tr("\"%1\": since: takes a date (2026-01-22) or a span back from now (24h, 7d, 2w).")
        .arg(token);
}

QString CoreMessages::wordsLeftOut(int count) {
    if (count <= 0) return {};
    return tr("Searched the first %1 words; %n more were left out.", nullptr, count)
        .arg(kMaxSearchWords);
}

QString CoreMessages::searchNotes(const SearchQuery& query) {
    QStringList notes;
    if (query.wordsLeftOut > 0) notes << wordsLeftOut(query.wordsLeftOut);
    QStringList terms;
    for (const std::string& term : query.unsearchable)
        terms << QString::fromStdString(term);
    if (!terms.isEmpty())
        notes << tr("%1: no letter or digit to look for, left out.")
                     .arg(terms.join(QStringLiteral(" ")));
    return notes.join(QLatin1Char(' '));
}

QString CoreMessages::opmlError(const OpmlError& error) {
    if (error.kind() == OpmlError::Kind::NotXml)
        return tr("The file is not valid XML (the error is at byte %1).").arg(error.offset());
    return tr("The file is XML but holds no <opml><body>: it is no list of feeds.");
}

QString CoreMessages::opmlNote(const OpmlNote& note) {
    switch (note.kind) {
    case OpmlNote::Kind::FeedHoldsOutlines:
        return tr("The feed \"%1\" holds outlines of its own; they were imported %2.")
            .arg(text(note.title), place(note.folder));
    case OpmlNote::Kind::FolderTooDeep:
        return tr("The folder \"%1\" is nested deeper than %2 folders; its feeds were imported %3.")
            .arg(text(note.title))
            .arg(kMaxFolderDepth)
            .arg(place(note.folder));
    case OpmlNote::Kind::NoXmlUrl:
        return tr("\"%1\" has no feed address (xmlUrl), so Heraut cannot follow it; skipped.")
            .arg(text(note.title));
    case OpmlNote::Kind::MoreNotes:
        break;
    }
    return tr("And %n more note(s) like these.", nullptr, static_cast<int>(note.count));
}

QString CoreMessages::urlProblem(const UrlProblem& problem) {
    using Kind = UrlProblem::Kind;
    switch (problem.kind) {
    case Kind::Empty:
        return tr("The address is empty.");
    case Kind::SpacesOrControls:
        return tr("The address contains spaces or control characters.");
    case Kind::BadCharacter:
        return tr("The address contains the character %1.").arg(text(problem.detail));
    case Kind::NotAUrl:
        return tr("This is no web address: it needs http:// or https://.");
    case Kind::Scheme:
        return tr("Only http and https feeds can be fetched (not %1:).").arg(text(problem.detail));
    case Kind::BadIpv6:
        return tr("The address has no valid IPv6 address.");
    case Kind::BadHost:
    case Kind::BadHostName:
        return tr("The address has no valid server name.");
    case Kind::NoPort:
        return tr("The address has a colon with no port number after it.");
    case Kind::NoHostName:
        return tr("The address has no server name.");
    case Kind::BadPort:
        break;
    }
    return tr("The address has no valid port number.");
}

QString CoreMessages::subscribeError(const SubscribeError& error) {
    if (error.urlProblem()) return urlProblem(*error.urlProblem());
    if (error.failure().kind != FailureKind::None)
        return FeedErrorText::describe(error.failure(), QString::fromUtf8(error.what()));
    return QString::fromUtf8(error.what()); // a choice the page does not offer: not from the GUI
}

QString CoreMessages::failure(const std::exception& error) {
    if (const auto* store = dynamic_cast<const StoreError*>(&error)) {
        // explain(Other) points at the message box's details, which other places lack.
        if (store->kind() != StoreError::Kind::Other) return StoreErrors::explain(store->kind());
        return QStringList{tr("Heraut's news cache did not do what was asked."),
                           StoreErrors::resultCodeText(store->resultCode())}
            .join(QLatin1Char(' '))
            .trimmed();
    }
    if (const auto* sync = dynamic_cast<const SyncError*>(&error))
        return SyncErrorText::describe(*sync, tr("The server"));
    if (const auto* opml = dynamic_cast<const OpmlError*>(&error)) return opmlError(*opml);
    if (const auto* subscribe = dynamic_cast<const SubscribeError*>(&error))
        return subscribeError(*subscribe);
    if (const auto* search = dynamic_cast<const SearchQueryError*>(&error))
        return searchError(*search);
    return tr("Heraut ran into a problem it has no words for. Details: %1")
        .arg(QString::fromUtf8(error.what()));
}

} // namespace heraut::app
