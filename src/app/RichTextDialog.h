// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace heraut::app {

// A message too long for a QMessageBox (the keyboard-shortcut table): rich text in a view that
// scrolls, with a Close button, as large as the text asks for but never larger than the screen.
// A QMessageBox grows with its text and ran off a 1024x700 screen at scale 1.5 (683x467
// logical pixels) with its button out of reach.
class RichTextDialog : public QDialog {
    Q_OBJECT

  public:
    explicit RichTextDialog(QWidget* parent = nullptr);

    void setText(const QString& html);
    QString text() const { return m_html; }
    QTextBrowser* view() const { return m_view; }

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    QTextBrowser* m_view;
    QString m_html;
};

} // namespace heraut::app
