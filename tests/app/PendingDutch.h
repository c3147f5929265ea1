// SPDX-License-Identifier: GPL-3.0-or-later
// The Dutch of strings a branch added, before the lead puts them into
// resources/translations/heraut_nl.ts: read from the docs-nl-<branch>.txt files at the
// repository's root (one "English<TAB>Dutch" a line, plurals "singular | plural"), so that the
// tests of the Dutch window see them. Without such files it translates nothing.
#pragma once

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTranslator>
#include <map>

namespace heraut::test {

class PendingDutch : public QTranslator {
  public:
    PendingDutch() {
        QDir root(QStringLiteral(HERAUT_APP_SOURCES "/../.."));
        for (const QString& name : root.entryList({QStringLiteral("docs-nl-*.txt")}))
            read(root.filePath(name));
    }
    bool isEmpty() const override { return m_words.empty(); }
    QString translate(const char*, const char* source, const char*, int n) const override {
        auto it = m_words.find(QString::fromUtf8(source));
        if (it == m_words.end()) return {};
        QStringList forms = it->second.split(QStringLiteral(" | "));
        return forms.size() == 2 && n >= 0 ? forms[n == 1 ? 0 : 1] : it->second;
    }

  private:
    void read(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return;
        for (const QByteArray& line : file.readAll().split('\n')) {
            QList<QByteArray> parts = line.split('\t');
            if (parts.size() == 2)
                m_words[unescape(QString::fromUtf8(parts[0]))] =
                    unescape(QString::fromUtf8(parts[1]));
        }
    }
    // A line break inside a message is written \n, to keep one message a line.
    static QString unescape(QString text) {
        return text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    }

    std::map<QString, QString> m_words;
};

// After test::useLanguage("nl"): adds the pending Dutch on top of the .ts's.
inline void addPendingDutch() {
    auto* pending = new PendingDutch;
    pending->setParent(QApplication::instance()); // removed with the others by useLanguage()
    if (!pending->isEmpty()) QApplication::installTranslator(pending);
}

} // namespace heraut::test
