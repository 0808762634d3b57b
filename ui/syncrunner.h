#pragma once

#include "core/sync/syncer.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace livedna {

// Runs one Syncer on a worker thread with its own Cache connection (a QtSql connection
// belongs to the thread that opened it), so the window stays responsive and Cancel works.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit SyncRunner(QString cachePath, QObject *parent = nullptr);
    ~SyncRunner() override;

    void start(const QString &source, const SyncOptions &options = {});
    void cancel();
    bool isRunning() const;
    void wait();

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString &what);
    // ok: the report describes what changed; otherwise `message` says why nothing did.
    void finished(bool ok, const QString &message, const livedna::SyncReport &report);

private:
    QString m_cachePath;
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    Syncer *m_syncer = nullptr;
    bool m_cancelRequested = false;
};

QString describeSyncReport(const SyncReport &report);

} // namespace livedna

Q_DECLARE_METATYPE(livedna::SyncReport)
