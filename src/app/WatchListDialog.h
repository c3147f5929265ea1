// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/WatchLists.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace heraut::app {

// One watch-list (WatchLists.h) to make or change: its name, its search in the search box's
// language and whether new matches notify. OK saves through the function given; when it
// refuses (a name taken, a search with no word to look for) the dialog stays open and says why.
class WatchListDialog : public QDialog {
    Q_OBJECT

  public:
    // Returns an empty string when saved, else why not (in the reader's language).
    using Save = std::function<QString(const WatchList&)>;
    // `initial.id` 0: a new list. `shownName` is the name the tree shows (WatchListNames).
    WatchListDialog(const WatchList& initial, const QString& shownName, Save save,
                    QWidget* parent = nullptr);

    WatchList list() const; // as typed, with the initial id and stored name when unchanged
    QString error() const;  // the last refusal, shown under the fields

    // Saves `list` in `db`: a new one when its id is 0, else a change of that list. Returns
    // the refusal's text, empty when saved; a refused change leaves the list as it was.
    static QString saveList(Database& db, const WatchList& list);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* queryEdit() const { return m_query; }
    QCheckBox* notifyBox() const { return m_notify; }

  public slots:
    void accept() override;

  private:
    WatchList m_initial;
    QString m_shownName;
    Save m_save;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_query = nullptr;
    QCheckBox* m_notify = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace heraut::app
