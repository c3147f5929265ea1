// SPDX-License-Identifier: GPL-3.0-or-later
// The main window comes back where it was, whole and on the screen: without a window manager
// Qt's restoreGeometry() put it ~20 px lower at each restart (status bar off the screen), and a
// geometry saved on a larger screen or at another scale factor must still fit the free area.
#include "WindowGeometry.h"
#include "AppFixture.h"

#include <QScreen>
#include <QTest>

namespace heraut {
namespace {

using app::WindowGeometry;

class WindowGeometryTest : public test::AppFixture {
  protected:
    // One start: the window built from the settings, shown, then closed as a reader quits.
    QRect startAndQuit(QRect* frame = nullptr) {
        auto window =
            std::make_unique<app::MainWindow>(std::make_unique<Database>(dir.database()), settings);
        window->show();
        test::waitFor([&] { return window->isVisible(); });
        QTest::qWait(20); // what the window does once its frame is known
        QRect restored = window->geometry();
        if (frame) *frame = window->frameGeometry();
        window->close();
        return restored;
    }

    QRect area() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

    // The whole frame is inside the free area, except where the panes' minimum widths need more
    // than the screen is wide (the offscreen screen is 800 wide): then it starts at the left edge.
    bool onScreen(QRect frame) const {
        bool across = frame.left() >= area().left() &&
                      (frame.right() <= area().right() || frame.left() == area().left() ||
                       frame.width() > area().width());
        return across && frame.top() >= area().top() && frame.bottom() <= area().bottom();
    }
};

// The first start learns the frame the platform puts around the window; from then on every
// restart gives the same place and size.
TEST_F(WindowGeometryTest, SavingAndRestoringDoesNotDrift) {
    for (QRect saved : {QRect(area().topLeft() + QPoint(10, 30), area().size() * 3 / 4), area()}) {
        settings.setValue("layout/geometry", saved);
        settings.remove("layout/frameMargins");
        startAndQuit();
        QRect frame;
        QRect second = startAndQuit(&frame);
        EXPECT_TRUE(onScreen(frame)) << saved.height();
        for (int restart = 0; restart < 3; ++restart)
            EXPECT_EQ(startAndQuit(), second) << "restart " << restart << " of " << saved.height();
    }
}

// Qt's restoreGeometry() kept room for a title bar even where there was none and moved the
// window down by it: a window as tall as the free area comes back as tall, at its top.
TEST_F(WindowGeometryTest, AWindowAsTallAsTheScreenStaysAsTall) {
    settings.setValue("layout/geometry", area());
    settings.setValue("layout/frameMargins", QVariantList{0, 0, 0, 0});
    QRect frame;
    QRect restored = startAndQuit(&frame);
    QMargins margins(restored.left() - frame.left(), restored.top() - frame.top(),
                     frame.right() - restored.right(), frame.bottom() - restored.bottom());
    settings.setValue("layout/frameMargins", QVariantList{margins.left(), margins.top(),
                                                          margins.right(), margins.bottom()});
    settings.setValue("layout/geometry", area());
    restored = startAndQuit(&frame);
    EXPECT_EQ(frame.top(), area().top());
    EXPECT_EQ(frame.bottom(), area().bottom()) << "the status bar at the screen's lower edge";
}

TEST_F(WindowGeometryTest, AGeometryFromALargerScreenIsShrunkOntoThisOne) {
    settings.setValue("layout/geometry", QRect(0, 0, 1920, 1080)); // saved at 1920x1080
    QRect frame;
    startAndQuit(&frame);
    EXPECT_TRUE(onScreen(frame)) << frame.width() << "x" << frame.height();
}

TEST_F(WindowGeometryTest, AGeometryWhereNoScreenIsComesBackOnTheScreen) {
    for (QRect saved : {QRect(3000, 2000, 640, 480), QRect(-900, -700, 700, 500),
                        QRect(area().right() - 100, area().bottom() - 50, 700, 500)}) {
        settings.setValue("layout/geometry", saved);
        QRect frame;
        startAndQuit(&frame);
        EXPECT_TRUE(onScreen(frame)) << saved.x() << "," << saved.y();
    }
}

TEST_F(WindowGeometryTest, AGeometrySavedByAnEarlierVersionIsFittedToo) {
    QWidget big;
    big.setGeometry(0, 0, 1920, 1080);
    settings.setValue("layout/geometry", big.saveGeometry()); // Qt's own blob
    QRect frame;
    startAndQuit(&frame);
    EXPECT_TRUE(onScreen(frame));
    EXPECT_EQ(settings.value("layout/geometry").typeId(), QMetaType::QRect) << "saved anew";
}

// The window manager's frame (title bar, borders) saved at the last quit is kept on the screen
// too, and where there is none (no window manager) no room is left for one.
TEST_F(WindowGeometryTest, TheFrameFitsBesideTheWindow) {
    QRect area(0, 0, 1024, 700);
    QSize minimum(400, 300);
    QRect framed = WindowGeometry::fitted(QRect(0, 0, 1024, 700), {4, 24, 4, 4}, area, minimum);
    EXPECT_EQ(framed, QRect(4, 24, 1016, 672));
    QRect bare = WindowGeometry::fitted(QRect(0, 0, 1024, 700), {}, area, minimum);
    EXPECT_EQ(bare, area);
    EXPECT_EQ(WindowGeometry::fitted(bare, {}, area, minimum), bare) << "a fixed point: no drift";
}

// 1024x700 at QT_SCALE_FACTOR=1.5 is 683x467 logical pixels; a window saved at 1920x1080 or at
// 1024x700 unscaled fits it.
TEST_F(WindowGeometryTest, AnotherScaleFactorShrinksTheWindowToTheLogicalScreen) {
    QRect scaled(0, 0, 683, 467);
    for (QRect saved : {QRect(0, 0, 1920, 1080), QRect(0, 0, 1024, 700), QRect(300, 200, 600, 400)})
        EXPECT_TRUE(scaled.contains(WindowGeometry::fitted(saved, {}, scaled, {300, 200})))
            << saved.width();
}

TEST_F(WindowGeometryTest, AMinimumLargerThanTheScreenKeepsTheTopLeftCorner) {
    QRect fitted =
        WindowGeometry::fitted(QRect(50, 50, 900, 900), {}, QRect(0, 0, 683, 467), QSize(700, 500));
    EXPECT_EQ(fitted, QRect(0, 0, 700, 500)) << "the title and menus stay reachable";
}

} // namespace
} // namespace heraut
