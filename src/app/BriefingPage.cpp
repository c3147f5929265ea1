// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefingPage.h"

#include "BriefingPdf.h"
#include "BriefingRunner.h"
#include "ElidedLabel.h"
#include "FileDialogs.h"
#include "WatchListNames.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>
#include <ctime>

namespace heraut::app {
namespace {

const QString kLastShownKey = QStringLiteral("briefing/lastShown");

std::int64_t nowSeconds() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

} // namespace

BriefingPage::BriefingPage(Database& db, QSettings& settings, QWidget* parent)
    : QWidget(parent), m_db(db), m_settings(settings),
      m_lastBriefing(settings.value(kLastShownKey, 0).toLongLong()) {
    m_runner = new BriefingRunner(
        QString::fromStdString(db.path()),
        db.readOnly() ? Database::Access::ReadOnly : Database::Access::ReadWrite, this);
    connect(m_runner, &BriefingRunner::finished, this, &BriefingPage::showBuilt);
    connect(m_runner, &BriefingRunner::failed, this, &BriefingPage::showFailure);
    m_since = new QComboBox;
    m_since->setObjectName(QStringLiteral("briefingSince"));
    m_since->addItem(tr("Today"), static_cast<int>(Since::Today));
    m_since->addItem(tr("Last 24 hours"), static_cast<int>(Since::Last24Hours));
    m_since->addItem(tr("Since the last briefing"), static_cast<int>(Since::LastBriefing));
    m_since->addItem(tr("Since a date and time"), static_cast<int>(Since::Date));
    // A day and an hour: "since this morning's meeting", not only since a midnight.
    m_date = new QDateTimeEdit(QDateTime(QDate::currentDate().addDays(-1), QTime(0, 0)));
    m_date->setObjectName(QStringLiteral("briefingSinceTime"));
    m_date->setCalendarPopup(true);
    m_date->setVisible(false);
    m_export = new QPushButton(tr("Export…"));
    m_export->setObjectName(QStringLiteral("briefingExport"));
    m_print = new QPushButton(tr("Print…"));
    m_summary = new ElidedLabel;
    m_view = new QTextBrowser;
    m_view->setOpenLinks(false);
    // The page's own room around the text, as a reader view has (the PDF has its margins).
    m_view->document()->setDocumentMargin(2 * fontMetrics().averageCharWidth());
    m_view->setAccessibleName(tr("Briefing"));
    connect(m_view, &QTextBrowser::anchorClicked, this, &BriefingPage::openRequested);
    connect(m_since, &QComboBox::currentIndexChanged, this, [this] {
        m_date->setVisible(m_since->currentData().toInt() == static_cast<int>(Since::Date));
        reload();
    });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, &BriefingPage::reload);
    connect(m_export, &QPushButton::clicked, this, &BriefingPage::exportWithDialog);
    connect(m_print, &QPushButton::clicked, this, &BriefingPage::printWithDialog);

    auto* bar = new QHBoxLayout;
    int gap = fontMetrics().averageCharWidth(); // the buttons clear the pane's edges
    bar->setContentsMargins(gap, 0, gap, 0);
    bar->addWidget(new QLabel(tr("Period:")));
    bar->addWidget(m_since);
    bar->addWidget(m_date);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_export);
    bar->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void BriefingPage::placeBeside(QSplitter* inner, QWidget* list, QWidget* articlePane) {
    m_list = list;
    m_article = articlePane;
    m_pane = new QStackedWidget;
    int at = inner->indexOf(articlePane);
    inner->replaceWidget(at, m_pane); // the splitter keeps its sizes and saved state
    m_pane->addWidget(articlePane);
    m_pane->addWidget(this);
    articlePane->show();
    m_articlePolicy = articlePane->sizePolicy();
    fitShownPage(false);
}

// A stacked widget is as wide as its widest page, shown or not: the briefing's period bar made
// the article pane, and so the window, wider than a small screen. The page not shown is left
// out of the pane's minimum.
void BriefingPage::fitShownPage(bool shown) {
    QSizePolicy ignored(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_article->setSizePolicy(shown ? ignored : m_articlePolicy);
    setSizePolicy(shown ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred) : ignored);
}

void BriefingPage::setShown(bool shown) {
    if (!m_pane) return;
    bool was = m_pane->currentWidget() == this;
    m_list->setVisible(!shown);
    m_pane->setCurrentWidget(shown ? static_cast<QWidget*>(this) : m_article);
    fitShownPage(shown);
    if (shown && !was) reload();
    if (!shown && building()) { // what it was built for is no longer asked
        m_runner->cancel();
        m_ticket = 0;
        setBuilding(false);
    }
}

BriefingLabels BriefingPage::labels() {
    return briefingLabels(QLocale().language() == QLocale::Dutch ? "nl" : "en");
}

void BriefingPage::capSinceAtNow(std::int64_t now) {
    // No later start can be chosen than now (the CLI refuses one): the edit stops there.
    QSignalBlocker quiet(m_date);
    m_date->setMaximumDateTime(QDateTime::fromSecsSinceEpoch(now));
}

void BriefingPage::setSince(Since since, QDateTime from) {
    capSinceAtNow(nowSeconds());
    if (from.isValid()) m_date->setDateTime(from);
    m_since->setCurrentIndex(m_since->findData(static_cast<int>(since)));
    reload(); // also when the choice did not change: the date may have
}

std::pair<std::int64_t, std::int64_t> BriefingPage::window(std::int64_t now) const {
    switch (static_cast<Since>(m_since->currentData().toInt())) {
    case Since::Today:
        break;
    case Since::Last24Hours:
        return {now - 24 * 3600, now + 1};
    case Since::LastBriefing:
        if (m_lastBriefing > 0) return {m_lastBriefing, now + 1};
        break;        // none before: the day so far
    case Since::Date: // a start after now would be a period that ends before it begins
        return {std::min<std::int64_t>(m_date->dateTime().toSecsSinceEpoch(), now), now + 1};
    }
    return {localDay(now).first, now + 1};
}

void BriefingPage::reload() {
    std::int64_t now = nowSeconds();
    if (!m_noted) { // "since the last briefing" means the one before this session's
        m_settings.setValue(kLastShownKey, QVariant::fromValue<qlonglong>(now));
        m_noted = true;
    }
    capSinceAtNow(now);
    BriefingOptions options;
    std::tie(options.since, options.until) = window(now);
    m_ticket = m_runner->start(options, now);
    setBuilding(true);
}

void BriefingPage::setBuilding(bool building) {
    // What is shown meanwhile is no longer the period chosen: nothing to export or print.
    m_export->setEnabled(!building);
    m_print->setEnabled(!building);
    if (!building) return;
    m_summary->setText(tr("Building the briefing…"));
    m_view->setPlainText(tr("Building the briefing…"));
}

void BriefingPage::showBuilt(std::uint64_t ticket, const Briefing& briefing) {
    if (ticket != m_ticket) return; // asked again or left meanwhile
    m_ticket = 0;
    setBuilding(false);
    m_briefing = briefing;
    try { // the shipped lists in the window's language; their stored names when unreadable
        WatchListNames::nameSections(m_briefing, WatchListStore(m_db).lists());
    } catch (const StoreError&) {
    }
    m_summary->setText(tr("%n article(s)", nullptr, m_briefing.articles));
    m_view->setHtml(QString::fromStdString(briefingHtml(m_briefing, labels())));
    emit built();
}

void BriefingPage::showFailure(std::uint64_t ticket, const QString& message) {
    if (ticket != m_ticket) return;
    m_ticket = 0;
    setBuilding(false);
    m_briefing = {};
    m_summary->clear();
    m_view->setPlainText(
        tr("Heraut could not read the briefing from its news cache: %1").arg(message));
    emit built();
}

QString BriefingPage::exportTo(const QString& path) const {
    if (m_db.isOwnFile(path.toStdString()))
        return tr("%1 is Heraut's news cache: choose another file.")
            .arg(QDir::toNativeSeparators(path));
    BriefingLabels words = labels();
    std::string text;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        try {
            PdfPrinter().write(briefingHtml(m_briefing, words), words.title, path.toStdString());
        } catch (const PdfError&) { // its text is English, for heraut-cli
            return tr("%1 could not be written.").arg(path);
        }
        return {};
    }
    if (path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive))
        text = briefingMarkdown(m_briefing, words);
    else
        text = briefingHtml(m_briefing, words);
    QSaveFile file(path); // renamed over the old file once whole
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit())
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    return {};
}

void BriefingPage::exportWithDialog() {
    QString html = tr("Web page (*.html)"), markdown = tr("Markdown (*.md)"),
            pdf = tr("PDF, A4 (*.pdf)");
    QString chosen = html;
    QString name = QStringLiteral("%1-%2.html")
                       .arg(QString::fromStdString(labels().title).toLower(),
                            QDate::currentDate().toString(Qt::ISODate));
    QString path =
        saveFileName(this, tr("Export the briefing"), QDir(documentsFolder()).filePath(name),
                     QStringList{html, markdown, pdf}.join(";;"), &chosen);
    if (path.isEmpty()) return;
    // The filter chosen gives the suffix when the name has none of the three.
    QString suffix = chosen == pdf        ? QStringLiteral(".pdf")
                     : chosen == markdown ? QStringLiteral(".md")
                                          : QStringLiteral(".html");
    if (!path.contains(QRegularExpression(QStringLiteral("\\.(html?|md|markdown|pdf)$"),
                                          QRegularExpression::CaseInsensitiveOption))) {
        // "notes.txt" becomes notes.txt.html, a file the dialog did not ask about.
        path += suffix;
        if (QFileInfo::exists(path) &&
            QMessageBox::question(this, tr("Export the briefing"),
                                  tr("%1 already exists. Do you want to replace it?")
                                      .arg(QDir::toNativeSeparators(path)),
                                  QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) != QMessageBox::Yes)
            return;
    }
    if (QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export the briefing"), error);
    else
        emit notice(tr("Briefing exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void BriefingPage::printWithDialog() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(QString::fromStdString(labels().title));
    leaveMarginsToTheDocument(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) return;
    QTextDocument document;
    document.setHtml(QString::fromStdString(briefingHtml(m_briefing, labels())));
    document.print(&printer);
}

} // namespace heraut::app
