// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheUpgradeDialog.h"

#include "NoticeLayout.h"
#include "ReadableColor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

namespace heraut::app {
namespace {

QLabel* wrappingLabel() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setMinimumWidth(420); // wrapped text is sized for this width, not a narrow guess
    return label;
}

} // namespace

CacheUpgradeDialog::CacheUpgradeDialog(std::string path, int steps, QWidget* parent)
    : QDialog(parent), m_path(std::move(path)), m_headline(wrappingLabel()),
      m_explanation(wrappingLabel()), m_step(new QLabel), m_note(wrappingLabel()) {
    setWindowTitle(QStringLiteral("Heraut"));
    setObjectName(QStringLiteral("cacheUpgradeDialog"));
    useHeadlineFont(*m_headline);
    m_headline->setText(tr("Heraut is upgrading its news cache"));
    m_explanation->setText(tr("This version of Heraut keeps the news cache in a new form. The "
                              "upgrade happens once and can take a minute for a large cache."));
    // A step's share of the time is unknown (one rebuilds the search index): a busy bar, and
    // the step only when there are several.
    auto* bar = new QProgressBar;
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    showStep(0, steps);
    m_note->setText(tr("Stopping loses nothing: Heraut quits, and the cache is upgraded at the "
                       "next start."));
    m_note->setObjectName(QStringLiteral("upgradeNote"));
    useSecondaryText(*m_note);

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_explanation);
    texts->addSpacing(6);
    texts->addWidget(bar);
    texts->addWidget(m_step);
    texts->addWidget(m_note);
    QHBoxLayout* top = iconBesideTexts(*this, QStyle::SP_MessageBoxInformation, texts);
    auto* buttons = new QDialogButtonBox;
    m_stopButton = buttons->addButton(tr("Stop and quit"), QDialogButtonBox::RejectRole);
    connect(m_stopButton, &QPushButton::clicked, this, &CacheUpgradeDialog::stop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    m_thread.reset(QThread::create([this] { upgrade(); }));
    connect(m_thread.get(), &QThread::finished, this, &CacheUpgradeDialog::finish);
}

CacheUpgradeDialog::~CacheUpgradeDialog() {
    m_stopAsked = true;
    m_thread->wait();
}

void CacheUpgradeDialog::upgrade() {
    MigrationProgress progress = [this](int step, int steps) {
        if (m_shownStep.exchange(step) != step)
            QMetaObject::invokeMethod(
                this, [this, step, steps] { showStep(step, steps); }, Qt::QueuedConnection);
        return !m_stopAsked.load();
    };
    try {
        upgradeSchema(m_path, progress); // closed at once: the reader opens its own
    } catch (const StoreError& error) {
        m_failure = error;
    } catch (const std::exception& error) {
        m_failure = StoreError(error.what());
    }
}

CacheUpgradeDialog::Outcome CacheUpgradeDialog::run() {
    m_thread->start();
    exec();
    return m_outcome;
}

void CacheUpgradeDialog::showStep(int step, int steps) {
    if (m_stopAsked) return;
    m_step->setText(tr("Step %1 of %2").arg(step + 1).arg(steps));
    m_step->setVisible(steps > 1);
}

void CacheUpgradeDialog::stop() {
    if (m_stopAsked.exchange(true)) return;
    m_step->setText(tr("Stopping…"));
    m_step->setVisible(true);
    m_stopButton->setEnabled(false);
}

void CacheUpgradeDialog::reject() {
    stop(); // the dialog stays until the upgrade is rolled back
}

void CacheUpgradeDialog::finish() {
    m_thread->wait();
    // Asked to stop: the reader quits, whether the upgrade was rolled back or had just ended.
    if (m_stopAsked)
        m_outcome = Outcome::Stopped;
    else if (m_failure)
        m_outcome = Outcome::Failed;
    done(QDialog::Accepted);
}

QString CacheUpgradeDialog::text() const {
    QStringList lines{m_headline->text(), m_explanation->text()};
    if (!m_step->isHidden()) lines << m_step->text();
    lines << m_note->text();
    return lines.join(QLatin1Char('\n'));
}

std::unique_ptr<Database> openUpgrading(const std::string& path, QWidget* parent) {
    if (int steps = pendingMigrations(path); steps > 0) {
        CacheUpgradeDialog dialog(path, steps, parent);
        switch (dialog.run()) {
        case CacheUpgradeDialog::Outcome::Stopped:
            return nullptr;
        case CacheUpgradeDialog::Outcome::Failed:
            throw *dialog.failure();
        case CacheUpgradeDialog::Outcome::Upgraded:
            break;
        }
    }
    return std::make_unique<Database>(path);
}

} // namespace heraut::app
