// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <exception>

class QLabel;

class QWidget;

namespace heraut::app {

// The kind of a failure the store threw; anything but a StoreError is Other.
StoreError::Kind storeFailureKind(const std::exception& error);

// Where the reader's calls into the store report what went wrong, so that no failure ends the
// program (an exception out of a Qt slot aborts it) and each is told without flooding: a
// reader's own action gets a message each time; background work (the poll, a reload) the
// first time it fails, then the status bar only, until it works again.
class StoreErrors : public QObject {
    Q_OBJECT

  public:
    enum class Origin { UserAction, Background };

    StoreErrors(QWidget* window, QLabel* status);

    // What happened and what the reader can do about it, in plain words (translated).
    static QString explain(StoreError::Kind kind);
    // "Heraut could not read from its news cache.": the `doing` of a plain read (translated).
    static QString readFailure();
    // SQLite's result code (StoreError::resultCode()) in words: "the file is not a database",
    // "the database is locked", ... (sqlite.org/rescode.html). Empty for 0.
    static QString resultCodeText(int resultCode);
    // The secondary detail of a failure: SQLite's code in words, then the core's English text
    // (file, statement, SQLite's own message) for whoever helps the reader.
    static QString details(const std::exception& error);

    // Runs `work`; an exception from it is reported with `doing` (a sentence saying what could
    // not be done) and false returned.
    template <typename Work>
    bool attempt(const QString& doing, Work&& work, Origin origin = Origin::UserAction) {
        try {
            work();
        } catch (const std::exception& error) {
            report(doing, error, origin);
            return false;
        }
        m_shownInBackground.remove(doing);
        return true;
    }
    void report(const QString& doing, const std::exception& error, Origin origin);
    // A failure cleared by other means (a queued change written at last): told again next time.
    void forget(const QString& doing) { m_shownInBackground.remove(doing); }

    // The message box last shown (not modal: a failing poll must not stack dialogs); tests and
    // screenshots read it. Null before the first.
    QMessageBox* messageBox() const { return m_box; }
    QString lastMessage() const { return m_lastMessage; }

  signals:
    void reported(const QString& doing, const QString& explanation);
    void damaged(); // a page of the file could not be read: the next start should check it

  private:
    void show(const QString& doing, const QString& explanation, const QString& detail);

    QWidget* m_window;
    QLabel* m_status;
    QPointer<QMessageBox> m_box;
    QSet<QString> m_shownInBackground;
    QString m_lastMessage;
};

} // namespace heraut::app
