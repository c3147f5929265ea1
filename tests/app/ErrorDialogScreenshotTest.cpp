// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of what the reader sees when its database fails (Dutch and English) into the
// build tree: the message while another program holds the lock, and the start-up dialog on a
// damaged file, after its check and after its repair.
#include "AppFixture.h"
#include "Application.h"
#include "DamagedDatabase.h"
#include "DatabaseRescueDialog.h"
#include "ReaderLook.h"

#include <QDir>
#include <QMessageBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>
#include <iostream>

namespace heraut {
namespace {

class ErrorDialogScreenshotTest : public test::AppFixture,
                                  public testing::WithParamInterface<const char*> {
  protected:
    void SetUp() override {
        AppFixture::SetUp();
        test::useLook(false);
        test::useLanguage(QString::fromLatin1(GetParam()));
    }
    void TearDown() override {
        auto* app = qobject_cast<QApplication*>(QApplication::instance());
        for (QTranslator* t : app->findChildren<QTranslator*>()) {
            QApplication::removeTranslator(t);
            delete t;
        }
    }
    void save(QWidget& widget, const QString& name) {
        QImage image = widget.grab().toImage();
        QString path = QDir::current().absoluteFilePath(
            QStringLiteral("screenshot-%1-%2.png").arg(name, QString::fromLatin1(GetParam())));
        ASSERT_TRUE(image.save(path)) << path.toStdString();
        std::cout << "wrote " << path.toStdString() << '\n';
    }
    bool dutch() const { return std::string(GetParam()) == "nl"; }
};

TEST_P(ErrorDialogScreenshotTest, MessageWhileAnotherProgramHoldsTheLock) {
    auto db = std::make_unique<Database>(dir.database());
    db->setBusyTimeout(50);
    auto w = makeWindow(std::move(db));
    w->show();
    Database other(dir.database());
    other.execute("BEGIN EXCLUSIVE");
    w->selectRelative(1);
    ASSERT_TRUE(test::waitFor([&] {
        return w->storeErrors()->messageBox() && w->storeErrors()->messageBox()->isVisible();
    }));
    QMessageBox* box = w->storeErrors()->messageBox();
    EXPECT_TRUE(
        box->informativeText().contains(dutch() ? "Een ander programma" : "Another program"))
        << box->informativeText().toStdString();
    QApplication::processEvents();
    save(*box, QStringLiteral("store-busy"));
    other.execute("COMMIT");
}

TEST_P(ErrorDialogScreenshotTest, StartUpDialogOnADamagedFile) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "article_bodies", "leaf"));
    app::DatabaseRescueDialog dialog(
        dir.database(), StoreError(dir.database() + ": database disk image is malformed",
                                   StoreError::Kind::Damaged));
    dialog.show();
    dialog.check();
    EXPECT_TRUE(dialog.text().contains(dutch() ? "beschadigd" : "damaged"));
    QApplication::processEvents();
    save(dialog, QStringLiteral("rescue-checked"));
    dialog.repair();
    dialog.adjustSize();
    QApplication::processEvents();
    save(dialog, QStringLiteral("rescue-repaired"));
    EXPECT_NE(dialog.takeDatabase(), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Languages, ErrorDialogScreenshotTest, testing::Values("nl", "en"));

} // namespace
} // namespace heraut
