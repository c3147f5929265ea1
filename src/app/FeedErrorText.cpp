// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedErrorText.h"

namespace heraut::app {
namespace {

// HTTP statuses a feed commonly fails with (RFC 9110 §15), worded for a reader.
QString httpStatus(std::int64_t status) {
    switch (status) {
    case 401:
        return FeedErrorText::tr("HTTP %1: the feed needs a login.").arg(status);
    case 403:
        return FeedErrorText::tr("HTTP %1: the server refuses access.").arg(status);
    case 404:
        return FeedErrorText::tr("HTTP %1: not found; the feed moved or was removed.").arg(status);
    case 410:
        return FeedErrorText::tr("HTTP %1: gone; the server says this feed no longer exists, so "
                                 "it is no longer refreshed.")
            .arg(status);
    case 429:
        return FeedErrorText::tr("HTTP %1: too many requests; the server asked Heraut to wait.")
            .arg(status);
    case 500:
        return FeedErrorText::tr("HTTP %1: the server had an error.").arg(status);
    case 503:
        return FeedErrorText::tr("HTTP %1: the service is unavailable for now.").arg(status);
    default:
        return FeedErrorText::tr("HTTP %1: the server did not send the feed.").arg(status);
    }
}

} // namespace

QString FeedErrorText::describe(Failure failure, const QString& english) {
    switch (failure.kind) {
    case FailureKind::HostNotFound:
        return tr("Server not found: you are offline, or the address is wrong.");
    case FailureKind::CouldNotConnect:
        return tr("Could not connect: the server is down or cannot be reached.");
    case FailureKind::TimedOut:
        return tr("Timed out: the server is too slow or does not answer.");
    case FailureKind::TlsUnverified:
        return tr("The server's security certificate could not be verified.");
    case FailureKind::TooManyRedirects:
        return tr("Too many redirects (more than %1): the address may go round in a circle.")
            .arg(failure.code);
    case FailureKind::UnsupportedScheme:
        return tr("Only http and https addresses can be fetched.");
    case FailureKind::TooLarge:
        return tr("The response is larger than %1 MiB and was not downloaded.").arg(failure.code);
    case FailureKind::Http:
        return httpStatus(failure.code);
    case FailureKind::BotProtection:
        return tr("HTTP %1: the site's bot protection blocked Heraut.").arg(failure.code);
    case FailureKind::NotAFeed:
        return tr("The address gives no feed (RSS, Atom or JSON Feed); perhaps a web page.");
    case FailureKind::NotStored:
        return tr("%n fetched article(s) could not be stored: the news cache refused them. The "
                  "next refresh fetches them again.",
                  nullptr, static_cast<int>(failure.code));
    case FailureKind::Other:
        return tr("The refresh failed. Details: %1").arg(english);
    case FailureKind::None:
        break;
    }
    return english; // recorded before kinds were kept
}

QString FeedErrorText::describe(const Feed& feed) {
    if (!feed.lastError) return {};
    return describe(feed.lastFailure, QString::fromStdString(*feed.lastError));
}

} // namespace heraut::app
