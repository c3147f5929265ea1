// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/SyncEngine.h"

#include <QCoreApplication>
#include <QString>

namespace heraut::app {

// What a sync with a server reader did wrong, and where it is, in the reader's language: the
// core gives a kind (SyncError::Kind), the network cause and the change refused; the words are
// the app's (translated). The core's English stays in the CLI and the log.
class SyncErrorText {
    Q_DECLARE_TR_FUNCTIONS(SyncErrorText)

  public:
    // `account`: the account's name as the reader sees it (Account::displayTitle()).
    static QString describe(SyncError::Kind kind, Failure cause, const QString& account);
    static QString describe(const SyncError& error, const QString& account);
    // Why an account's sync failed; empty when it worked.
    static QString describe(const AccountSyncResult& result, const QString& account);
    // A change the server would not make (it left the queue).
    static QString refused(const QueuedChange& change, const QString& account);
    // "logging in", "articles 200 of 5000": the stage in "Syncing <account>: <stage>".
    static QString stage(const SyncStage& stage);
};

} // namespace heraut::app
