#pragma once

#include "core/util/problem.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace livedna {

// Persists a draft after every change of its model (undo and redo are changes too):
// immediately by default, or at most `delayMs` (≤ 2000) after the first of a burst of edits.
// What "save" means is the store's: the proposal and mapping autosavers below are this with
// their model's change signal and their store's save.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    Autosaver(qint64 draftId, std::function<Status()> save, int delayMs, QObject *parent);
    ~Autosaver() override; // saves a pending change

    qint64 draftId() const { return m_draftId; }
    bool isPending() const { return m_pending; }
    Status flush(); // saves now if a change is waiting
    void onChanged();

Q_SIGNALS:
    void saved(const QDateTime &when);
    void saveFailed(const QString &message);

private:
    qint64 m_draftId;
    std::function<Status()> m_save;
    QTimer m_timer;
    bool m_pending = false;
};

} // namespace livedna
