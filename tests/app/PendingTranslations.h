// SPDX-License-Identifier: GPL-3.0-or-later
// The words of strings a branch added, before the lead puts them into
// resources/translations/heraut_<lang>.ts: read from the docs-<lang>-<branch>.txt files at the
// repository's root (one "English<TAB>translation" a line, plurals "singular | plural"), so the
// tests of the Dutch window (and English plural forms) see them. Without such files it
// translates nothing; the lead removes the files when the strings are in the .ts.
#pragma once

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTranslator>
#include <map>

namespace heraut::test {

class PendingTranslations : public QTranslator {
  public:
    explicit PendingTranslations(const QString& language) {
        QDir root(QStringLiteral(HERAUT_APP_SOURCES "/../.."));
        QString pattern = QStringLiteral("docs-%1-*.txt").arg(language);
        for (const QString& name : root.entryList({pattern}))
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

// After the .ts's translators: adds the pending words on top of them.
inline void addPendingTranslations(const QString& language) {
    auto* pending = new PendingTranslations(language);
    pending->setParent(QApplication::instance()); // removed with the others by useLanguage()
    if (!pending->isEmpty()) QApplication::installTranslator(pending);
}

} // namespace heraut::test
