// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseRescueDialog.h"

#include "CacheUpgradeDialog.h"
#include "CoreMessages.h"
#include "NoticeLayout.h"
#include "ReadableColor.h"
#include "StoreErrors.h"
#include "heraut/DatabaseRepair.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>
#include <ctime>
#include <optional>

namespace heraut::app {
namespace {

const QString kSuspectKey = QStringLiteral("database/suspectDamaged");

QLabel* wrappingLabel() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setMinimumWidth(480); // wrapped text is sized for this width, not a narrow guess
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DatabaseRescueDialog::DatabaseRescueDialog(std::string path, const StoreError& error,
                                           QWidget* parent)
    : QDialog(parent), m_path(std::move(path)), m_headline(wrappingLabel()),
      m_explanation(wrappingLabel()), m_result(wrappingLabel()), m_detail(wrappingLabel()) {
    setWindowTitle(QStringLiteral("Heraut"));
    setObjectName(QStringLiteral("databaseRescueDialog"));
    useHeadlineFont(*m_headline);
    useSecondaryText(*m_detail);
    m_result->setVisible(false);

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_explanation);
    texts->addWidget(m_result);
    texts->addWidget(m_detail);
    QHBoxLayout* top = iconBesideTexts(*this, QStyle::SP_MessageBoxWarning, texts);

    auto* buttons = new QDialogButtonBox;
    m_check = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    m_repair = buttons->addButton(tr("Repair"), QDialogButtonBox::ActionRole);
    m_readOnly = buttons->addButton(tr("Open read-only"), QDialogButtonBox::AcceptRole);
    m_retry = buttons->addButton(tr("Try again"), QDialogButtonBox::AcceptRole);
    m_continue = buttons->addButton(tr("Open Heraut"), QDialogButtonBox::AcceptRole);
    m_quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_continue->setVisible(false);
    connect(m_check, &QPushButton::clicked, this, &DatabaseRescueDialog::check);
    connect(m_repair, &QPushButton::clicked, this, &DatabaseRescueDialog::repair);
    connect(m_readOnly, &QPushButton::clicked, this, &DatabaseRescueDialog::openReadOnly);
    connect(m_retry, &QPushButton::clicked, this, &DatabaseRescueDialog::tryAgain);
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with what it has to say
    showProblem(error);
}

QString DatabaseRescueDialog::text() const {
    return QStringList{m_headline->text(), m_explanation->text(), m_result->text(),
                       m_detail->text()}
        .join(QLatin1Char('\n'));
}

void DatabaseRescueDialog::showProblem(const StoreError& error) {
    using Kind = StoreError::Kind;
    Kind kind = error.kind();
    m_headline->setText(tr("Heraut cannot open its news cache"));
    QString why;
    switch (kind) {
    case Kind::Damaged:
        why = tr("The file is damaged: part of it is not what SQLite wrote there (a disk error, "
                 "or a crash while it was copied, can do this). Check examines the whole file. "
                 "Repair copies everything that can still be read (feeds, folders, articles, "
                 "read and star marks) into a new file and keeps the damaged one beside it. "
                 "Open read-only shows what can be read and changes nothing.");
        break;
    case Kind::Busy:
        why = tr("Another program holds the file locked: a refresh by heraut-cli, or another "
                 "Heraut. Wait for it to finish and try again, or open the file read-only.");
        break;
    case Kind::ReadOnly:
        why = tr("The file or its folder cannot be written. Open it read-only to read your news "
                 "(read marks are then not saved), or make it writable and try again.");
        break;
    case Kind::DiskFull:
        why = tr("The disk is full. Free some space and try again.");
        break;
    case Kind::NewerSchema:
        why = tr("A newer version of Heraut wrote this file; this version cannot read it. Use "
                 "the newer version.");
        break;
    default:
        why = tr("The file could not be opened. Check that the disk is attached and that the "
                 "folder is yours, then try again.");
    }
    m_explanation->setText(why);
    // SQLite's code in words; its English text only on demand, for whoever helps the reader.
    QStringList detail{tr("File: %1").arg(QString::fromStdString(m_path))};
    if (QString code = StoreErrors::resultCodeText(error.resultCode()); !code.isEmpty())
        detail << code;
    m_detail->setText(detail.join(QLatin1Char('\n')));
    m_detail->setToolTip(QString::fromUtf8(error.what()));
    bool damaged = kind == Kind::Damaged;
    m_check->setVisible(damaged);
    m_repair->setVisible(damaged);
    m_readOnly->setVisible(kind != Kind::NewerSchema && kind != Kind::DiskFull);
    m_retry->setVisible(!damaged && kind != Kind::NewerSchema);
    adjustSize();
}

QString DatabaseRescueDialog::problemText(const IntegrityProblem& problem) {
    QString name = QString::fromStdString(problem.name);
    switch (problem.kind) {
    case IntegrityProblem::Kind::Page:
        return problem.page > 0 ? tr("Page %1 of the file is damaged.").arg(problem.page)
                                : tr("A page of the file is damaged.");
    case IntegrityProblem::Kind::Index:
        return tr("The index %1 does not match its table; repair builds it anew.").arg(name);
    case IntegrityProblem::Kind::Row:
        return tr("A row of the table %1 breaks the table's rules.").arg(name);
    case IntegrityProblem::Kind::Unreadable:
        if (QString code = StoreErrors::resultCodeText(problem.resultCode); !code.isEmpty())
            return tr("The file cannot be read. %1").arg(code);
        return tr("The file cannot be read.");
    case IntegrityProblem::Kind::Other:
        break;
    }
    return tr("SQLite found a problem of another kind.");
}

QString DatabaseRescueDialog::checkText(const IntegrityReport& report) {
    if (report.ok) return tr("Check: SQLite finds no damage in the file. Try opening it again.");
    constexpr int kShown = 5; // the dialog stays readable; heraut-cli check lists them all
    int found = static_cast<int>(report.findings.size());
    QStringList lines{tr("Check: SQLite found %n problem(s) in the file. Repair keeps what "
                         "can be read.",
                         nullptr, found)};
    for (int i = 0; i < std::min(found, kShown); ++i)
        lines << problemText(report.findings[static_cast<std::size_t>(i)]);
    if (found > kShown) lines << tr("And %n more.", nullptr, found - kShown);
    return lines.join(QLatin1Char('\n'));
}

void DatabaseRescueDialog::check() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString result;
    try {
        IntegrityReport report = checkDatabase(m_path);
        result = checkText(report);
        if (report.ok) m_retry->setVisible(true);
    } catch (const std::exception& error) {
        result = tr("Check failed: %1").arg(CoreMessages::failure(error));
    }
    QApplication::restoreOverrideCursor();
    m_result->setText(result);
    m_result->setVisible(true);
    adjustSize();
}

QString DatabaseRescueDialog::recoveredFeedTitle() {
    return tr("Recovered feed");
}

QString DatabaseRescueDialog::repairText(const RepairReport& r) {
    QStringList parts{
        tr("Repaired. Recovered %1 and %2 (%3 read, %4 starred).")
            .arg(tr("%n feed(s)", nullptr, r.feeds), tr("%n article(s)", nullptr, r.articles))
            .arg(r.read)
            .arg(r.starred),
        tr("The damaged file is kept as %1.").arg(QString::fromStdString(r.damagedCopy))};
    if (r.unreadableStretches > 0 || !r.unreadableTables.empty())
        parts << tr("Some rows could not be read and are lost.");
    if (r.articlesWithoutBody > 0)
        parts << tr("%n article(s) lost their text; the next refresh fetches what the feeds "
                    "still carry.",
                    nullptr, r.articlesWithoutBody);
    if (r.articlesWithoutStatus > 0)
        parts << tr("%n article(s) lost their read and star marks and show as unread.", nullptr,
                    r.articlesWithoutStatus);
    if (r.placeholderFeeds > 0)
        parts << tr("%n feed(s) were lost; their articles are kept under \"Recovered feed\".",
                    nullptr, r.placeholderFeeds);
    return parts.join(QLatin1Char(' '));
}

void DatabaseRescueDialog::repair() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString result;
    bool repaired = false;
    try {
        // Stored in the language of the window at the time: a title like any feed's.
        result = repairText(repairDatabase(m_path, static_cast<std::int64_t>(std::time(nullptr)),
                                           recoveredFeedTitle().toStdString()));
        m_db = std::make_unique<Database>(m_path);
        repaired = true;
    } catch (const std::exception& error) {
        result = tr("Repair failed: %1").arg(CoreMessages::failure(error));
    }
    QApplication::restoreOverrideCursor();
    m_result->setText(result);
    m_result->setVisible(true);
    if (!repaired) return;
    m_headline->setText(tr("Heraut repaired its news cache"));
    m_explanation->setVisible(false);
    m_detail->setVisible(false); // the error it describes is gone
    for (QPushButton* button : {m_check, m_repair, m_readOnly, m_retry})
        button->setVisible(false);
    m_continue->setVisible(true);
    m_continue->setDefault(true);
    adjustSize();
}

void DatabaseRescueDialog::open(Database::Access access) {
    try {
        m_db = access == Database::Access::ReadWrite ? openUpgrading(m_path, this)
                                                     : std::make_unique<Database>(m_path, access);
        if (m_db)
            accept();
        else
            reject(); // the reader stopped the upgrade: quits
    } catch (const StoreError& error) {
        showProblem(error);
    } catch (const std::exception& error) {
        showProblem(StoreError(error.what()));
    }
}

void DatabaseRescueDialog::openReadOnly() {
    open(Database::Access::ReadOnly);
}

void DatabaseRescueDialog::tryAgain() {
    open(Database::Access::ReadWrite);
}

void noteDamaged(QSettings& settings, const std::string& path) {
    settings.setValue(kSuspectKey, QString::fromStdString(path));
}

std::unique_ptr<Database> openDatabaseOrAsk(const std::string& path, QSettings& settings) {
    std::optional<StoreError> problem;
    if (settings.value(kSuspectKey).toString() == QString::fromStdString(path)) {
        settings.remove(kSuspectKey);
        try {
            IntegrityReport report = checkDatabase(path, true);
            if (!report.ok)
                problem =
                    StoreError(path + ": " + report.problems.front(), StoreError::Kind::Damaged);
        } catch (const StoreError&) {
        }
    }
    if (!problem) {
        try {
            return openUpgrading(path); // null when the reader stopped the upgrade: quits
        } catch (const StoreError& error) {
            problem = error;
        }
    }
    DatabaseRescueDialog dialog(path, *problem);
    if (dialog.exec() != QDialog::Accepted) return nullptr;
    return dialog.takeDatabase();
}

} // namespace heraut::app
