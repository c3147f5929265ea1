// SPDX-License-Identifier: GPL-3.0-or-later
// What the screenshot tests share: the looks they are written in (language, light or dark),
// the main window at a screen size with an article open, and where and under what name a
// picture is written (the build tree, with the look, the size and QT_SCALE_FACTOR in the name,
// so runs at another scale factor do not overwrite each other).
#pragma once

#include "AppFixture.h"
#include "ReaderLook.h"

#include <QDir>
#include <QImage>
#include <iostream>
#include <utility>

namespace heraut::test {

using Look = std::pair<const char*, bool>; // language, dark

inline auto everyLook() {
    return testing::Values(Look("nl", false), Look("en", false), Look("nl", true),
                           Look("en", true));
}

class ScreenshotFixture : public AppFixture, public testing::WithParamInterface<Look> {
  protected:
    QString language() const { return QString::fromLatin1(GetParam().first); }
    bool dark() const { return GetParam().second; }
    QString lookName() const {
        return language() + (dark() ? QStringLiteral("-dark") : QStringLiteral("-light"));
    }
    static QString scaleFactor() {
        return qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    }
    static QString sizeName(QSize size) {
        return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    }

    // The window in this look, `size` big, shown, with an article of the list open: `steps`
    // times down from the first row of `scope`.
    std::unique_ptr<app::MainWindow> windowWithArticle(QSize size, const app::ArticleScope& scope,
                                                       int steps = 1) {
        useLook(dark());
        useLanguage(language());
        auto window = makeWindow();
        window->resize(size);
        window->show();
        window->selectScope(scope);
        for (int i = 0; i < steps; ++i)
            window->selectRelative(1);
        EXPECT_TRUE(waitFor([&] { return window->articleView()->article() != nullptr; }));
        QApplication::processEvents();
        return window;
    }

    // Writes `image` as `name` in the working directory; false (and says why) if it could not.
    static bool save(const QImage& image, const QString& name) {
        QString path = QDir::current().absoluteFilePath(name);
        if (!image.save(path)) {
            ADD_FAILURE() << "could not write " << path.toStdString();
            return false;
        }
        std::cout << "wrote " << path.toStdString() << '\n';
        return true;
    }
};

} // namespace heraut::test
