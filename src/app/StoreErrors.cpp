// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreErrors.h"

#include <QLabel>
#include <QMessageBox>

namespace heraut::app {
namespace {

// SQLite's primary result codes (sqlite.org/rescode.html), which never change meaning: the app
// does not link SQLite (DESIGN.md), it only words the code the core kept.
enum PrimaryCode {
    Ok = 0,
    Perm = 3,
    Busy = 5,
    Locked = 6,
    NoMem = 7,
    ReadOnly = 8,
    Interrupt = 9,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Protocol = 15,
    Constraint = 19,
    Auth = 23,
    NotADb = 26,
};

} // namespace

StoreError::Kind storeFailureKind(const std::exception& error) {
    if (const auto* store = dynamic_cast<const StoreError*>(&error)) return store->kind();
    return StoreError::Kind::Other;
}

QString StoreErrors::readFailure() {
    return tr("Heraut could not read from its news cache.");
}

QString StoreErrors::resultCodeText(int resultCode) {
    QString words;
    switch (resultCode & 0xff) { // the primary code; the extended ones refine it
    case Ok:
        return {};
    case Busy:
        words = tr("the database is locked by another program");
        break;
    case Locked:
        words = tr("a table of the database is locked");
        break;
    case NotADb:
        words = tr("the file is not a database");
        break;
    case Corrupt:
        words = tr("the database file is damaged");
        break;
    case IoErr:
        words = tr("the disk reported a read or write error");
        break;
    case Full:
        words = tr("the disk is full");
        break;
    case CantOpen:
        words = tr("the file cannot be opened");
        break;
    case ReadOnly:
        words = tr("the database can only be read");
        break;
    case Perm:
    case Auth:
        words = tr("access to the file was denied");
        break;
    case NoMem:
        words = tr("there was not enough memory");
        break;
    case Interrupt:
        words = tr("the operation was interrupted");
        break;
    case Constraint:
        words = tr("the change breaks a rule of the database");
        break;
    case Protocol:
        words = tr("the lock on the database could not be taken");
        break;
    default:
        words = tr("SQLite reported an error");
    }
    return tr("SQLite says: %1 (code %2).").arg(words).arg(resultCode);
}

QString StoreErrors::details(const std::exception& error) {
    QString english = QString::fromUtf8(error.what());
    const auto* store = dynamic_cast<const StoreError*>(&error);
    QString words = store ? resultCodeText(store->resultCode()) : QString();
    return words.isEmpty() ? english : words + QStringLiteral("\n\n") + english;
}

QString StoreErrors::explain(StoreError::Kind kind) {
    switch (kind) {
    case StoreError::Kind::Busy:
        return tr("Another program is writing to Heraut's news cache and kept it locked for "
                  "longer than Heraut waits. This is usually a refresh by heraut-cli or a second "
                  "Heraut window. Let it finish or close it; Heraut tries again by itself.");
    case StoreError::Kind::Damaged:
        return tr("Part of the news cache file is damaged, so Heraut cannot read or write it. "
                  "Quit Heraut and run \"heraut-cli repair\", or start Heraut again and choose "
                  "Repair: everything readable is copied into a new file and the damaged one is "
                  "kept beside it.");
    case StoreError::Kind::DiskFull:
        return tr("The disk that holds the news cache is full. Free some space; Heraut tries "
                  "again by itself.");
    case StoreError::Kind::ReadOnly:
        return tr("The news cache can only be read: the file or its folder is read-only, or "
                  "Heraut opened it read-only. What you change is shown but not saved; make the "
                  "file writable and start Heraut again to keep it.");
    case StoreError::Kind::CannotOpen:
        return tr("The news cache file, or the files SQLite keeps beside it, could not be "
                  "opened. Check that the disk is attached and the folder is yours to write.");
    case StoreError::Kind::Io:
        return tr("The disk reported an error while Heraut read or wrote the news cache. Check "
                  "the disk; Heraut tries again by itself.");
    case StoreError::Kind::NewerSchema:
        return tr("The news cache was written by a newer version of Heraut. Use that version, "
                  "or start this one with another file (HERAUT_DB).");
    case StoreError::Kind::Other:
        break;
    }
    return tr("Heraut's news cache did not do what was asked. The details below say what "
              "SQLite reported.");
}

StoreErrors::StoreErrors(QWidget* window, QLabel* status)
    : QObject(window), m_window(window), m_status(status) {}

void StoreErrors::report(const QString& doing, const std::exception& error, Origin origin) {
    StoreError::Kind kind = storeFailureKind(error);
    if (kind == StoreError::Kind::Damaged) emit damaged();
    QString explanation = explain(kind);
    m_lastMessage = doing + QLatin1Char(' ') + explanation;
    if (m_status) m_status->setText(doing);
    emit reported(doing, explanation);
    if (origin == Origin::Background) {
        if (m_shownInBackground.contains(doing)) return;
        m_shownInBackground.insert(doing);
    }
    show(doing, explanation, details(error));
}

void StoreErrors::show(const QString& doing, const QString& explanation, const QString& detail) {
    if (!m_box) {
        m_box = new QMessageBox(m_window);
        m_box->setIcon(QMessageBox::Warning);
        m_box->setWindowTitle(QStringLiteral("Heraut"));
        m_box->setStandardButtons(QMessageBox::Ok);
        m_box->setWindowModality(Qt::NonModal);
        m_box->setObjectName(QStringLiteral("storeErrorBox"));
    }
    m_box->setText(doing);
    m_box->setInformativeText(explanation);
    m_box->setDetailedText(detail);
    m_box->show();
    m_box->raise();
}

} // namespace heraut::app
