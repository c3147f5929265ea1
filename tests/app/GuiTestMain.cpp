// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests run in a real QApplication; under CI the offscreen platform.
#include <QApplication>
#include <QFontDatabase>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("heraut-tests"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
