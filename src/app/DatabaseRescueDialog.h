// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"
#include "heraut/DatabaseRepair.h"

#include <QDialog>
#include <memory>
#include <string>

class QLabel;
class QPushButton;
class QSettings;

namespace heraut::app {

// Shown at start-up when the reader's database cannot be opened, instead of ending: says what
// happened and offers what heraut-cli offers: check the file, repair it (everything readable
// into a new file, the damaged one kept beside it), open it read-only, try again, or quit.
class DatabaseRescueDialog : public QDialog {
    Q_OBJECT

  public:
    DatabaseRescueDialog(std::string path, const StoreError& error, QWidget* parent = nullptr);

    // What the reader's choice opened; null until a choice opened something.
    std::unique_ptr<Database> takeDatabase() { return std::move(m_db); }

    // The buttons' actions.
    void check();
    void repair();
    void openReadOnly();
    void tryAgain();

    QString text() const; // everything the dialog says, for tests
    // The reader's words for what the check found and what the repair kept (DatabaseRepair.h).
    static QString checkText(const IntegrityReport& report);
    static QString problemText(const IntegrityProblem& problem);
    static QString repairText(const RepairReport& report);
    // The title a repair gives a feed whose row was lost, before its old id; in the UI's
    // language, and stored so.
    static QString recoveredFeedTitle();
    QPushButton* repairButton() const { return m_repair; }
    QPushButton* readOnlyButton() const { return m_readOnly; }

  private:
    void showProblem(const StoreError& error);
    void open(Database::Access access);

    std::string m_path;
    std::unique_ptr<Database> m_db;
    QLabel* m_headline;
    QLabel* m_explanation;
    QLabel* m_result;
    QLabel* m_detail;
    QPushButton* m_check;
    QPushButton* m_repair;
    QPushButton* m_readOnly;
    QPushButton* m_retry;
    QPushButton* m_continue;
    QPushButton* m_quit;
};

// Opens the reader's database. When that fails, or when the reader last saw it damaged
// (noteDamaged) and a quick check agrees, the dialog asks what to do. Null when the reader
// chose to quit.
std::unique_ptr<Database> openDatabaseOrAsk(const std::string& path, QSettings& settings);
// Remembers that reading `path` hit a damaged page, so the next start checks it first: a file
// whose header is whole opens without complaint, and only a check finds the damage.
void noteDamaged(QSettings& settings, const std::string& path);

} // namespace heraut::app
