// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/SchemaUpgrade.h"

#include <QDialog>
#include <atomic>
#include <memory>
#include <optional>
#include <string>

class QLabel;
class QPushButton;
class QThread;

namespace heraut::app {

// Shown at start-up while the news cache's schema is upgraded for this version of Heraut, once
// after an update: rebuilding the search index of 100 000 articles took half a minute in which
// no window showed, and readers killed what looked hung. Says what happens, with a busy bar,
// while the upgrade runs on a thread of its own (the window repaints and moves). Closing it, or
// Stop, rolls the upgrade back: the cache stays as it was and the next start upgrades it.
class CacheUpgradeDialog : public QDialog {
    Q_OBJECT

  public:
    enum class Outcome { Upgraded, Stopped, Failed };

    // `steps`: pendingMigrations(path).
    CacheUpgradeDialog(std::string path, int steps, QWidget* parent = nullptr);
    ~CacheUpgradeDialog() override; // stops the upgrade and waits for it

    // Shows the dialog and upgrades; returns when the upgrade ended.
    Outcome run();
    // What the upgrade threw, for Outcome::Failed.
    const std::optional<StoreError>& failure() const { return m_failure; }

    QString text() const; // everything the dialog says, for tests
    QPushButton* stopButton() const { return m_stopButton; }

  public slots:
    // Asks the upgrade to stop; the dialog closes once it is rolled back.
    void stop();

  protected:
    void reject() override; // Esc and the window's close button stop, as Stop does

  private:
    void showStep(int step, int steps);
    void finish();
    void upgrade(); // on the upgrade's thread

    std::string m_path;
    QLabel* m_headline;
    QLabel* m_explanation;
    QLabel* m_step;
    QLabel* m_note;
    QPushButton* m_stopButton;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopAsked{false};
    std::atomic<int> m_shownStep{-1};
    std::optional<StoreError> m_failure; // written by the thread, read after it ended
    Outcome m_outcome = Outcome::Upgraded;
};

// Opens `path` read-write as Database(path) does; when its schema must be upgraded first, that
// runs under a CacheUpgradeDialog. Throws what Database throws; null when the reader stopped.
std::unique_ptr<Database> openUpgrading(const std::string& path, QWidget* parent = nullptr);

} // namespace heraut::app
