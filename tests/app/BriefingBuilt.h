// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BriefingPage.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace heraut::test {

// Runs the event loop until the page shows the briefing it asked for last (it is built on a
// thread of its own); false after `timeoutMs`.
inline bool waitForBriefing(const app::BriefingPage& page, int timeoutMs = 30000) {
    QElapsedTimer clock;
    clock.start();
    while (page.building() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return !page.building();
}

} // namespace heraut::test
