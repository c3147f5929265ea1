// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncErrorText.h"

#include "FeedErrorText.h"
#include "StoreErrors.h"

namespace heraut::app {

QString SyncErrorText::describe(SyncError::Kind kind, Failure cause, const QString& account) {
    using Kind = SyncError::Kind;
    switch (kind) {
    case Kind::WrongPassword:
        // FreshRSS and Miniflux check an API password of their own, not the web login's.
        return tr("%1 refused the user name or password. FreshRSS and Miniflux want the API "
                  "password set in their settings, not the one for the website.")
            .arg(account);
    case Kind::ApiDisabled:
        return tr("%1 accepted the login, but its API is switched off for this user. Switch it "
                  "on in the server's settings.")
            .arg(account);
    case Kind::Unreachable:
        // Other has no words of its own in FeedErrorText, only the English detail.
        if (cause.kind != FailureKind::None && cause.kind != FailureKind::Other)
            return tr("%1 cannot be reached. %2").arg(account, FeedErrorText::describe(cause, {}));
        return tr("%1 cannot be reached: you are offline, or the server is down.").arg(account);
    case Kind::Tls:
        return tr("The security certificate of %1 could not be verified, so Heraut sent "
                  "nothing to it.")
            .arg(account);
    case Kind::NotTheProtocol:
        return tr("%1 does not answer as this kind of server does. Check the server kind and "
                  "the address (FreshRSS: …/api/greader.php).")
            .arg(account);
    case Kind::Server:
        return tr("%1 reported an error of its own. Heraut tries again at the next sync.")
            .arg(account);
    case Kind::NoPassword:
        return tr("No password is stored for %1. Remove the account and add it again with its "
                  "password.")
            .arg(account);
    case Kind::Refused:
        return tr("%1 refused a change; it was left out.").arg(account);
    case Kind::Cancelled:
        return tr("The sync with %1 was stopped.").arg(account);
    case Kind::Other:
        break;
    }
    return tr("The sync with %1 failed. Heraut tries again at the next sync.").arg(account);
}

QString SyncErrorText::describe(const SyncError& error, const QString& account) {
    return describe(error.kind(), error.cause(), account);
}

QString SyncErrorText::describe(const AccountSyncResult& result, const QString& account) {
    if (result.ok) return {};
    if (result.errorKind) return describe(*result.errorKind, result.errorCause, account);
    if (result.storeErrorKind)
        return tr("What %1 sent could not be saved. %2")
            .arg(account, StoreErrors::explain(*result.storeErrorKind));
    return describe(SyncError::Kind::Other, {}, account);
}

QString SyncErrorText::refused(const QueuedChange& change, const QString& account) {
    using Action = QueuedChange::Action;
    switch (change.action) {
    case Action::Subscribe:
        return tr("%1 would not subscribe to %2; perhaps it is no feed the server can read.")
            .arg(account, QString::fromStdString(change.remoteId));
    case Action::Unsubscribe:
        return tr("%1 did not remove a feed: the server no longer has it.").arg(account);
    case Action::Rename:
        return tr("%1 did not rename a feed: rename it on the server itself.").arg(account);
    case Action::Move:
        return tr("%1 did not move a feed to another folder: move it on the server itself.")
            .arg(account);
    default:
        break;
    }
    return tr("%1 refused a change; it was left out.").arg(account);
}

QString SyncErrorText::stage(const SyncStage& stage) {
    using Step = SyncStage::Step;
    switch (stage.step) {
    case Step::LoggingIn:
        return tr("logging in");
    case Step::SendingChanges:
        return tr("sending %n change(s)", nullptr, stage.total);
    case Step::Subscriptions:
        return tr("reading the subscriptions");
    case Step::ItemIds:
        return tr("listing the articles");
    case Step::Articles:
        return tr("articles %1 of %2").arg(stage.done).arg(stage.total);
    case Step::States:
        break;
    }
    return tr("read and starred marks");
}

} // namespace heraut::app
