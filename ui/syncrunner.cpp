#include "ui/syncrunner.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace livedna {

SyncRunner::SyncRunner(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
{
    qRegisterMetaType<livedna::SyncReport>();
}

SyncRunner::~SyncRunner()
{
    cancel();
    wait();
}

bool SyncRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SyncRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void SyncRunner::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_cancelRequested = true;
    if (m_syncer)
        m_syncer->cancel();
}

void SyncRunner::start(const QString &source, const SyncOptions &options)
{
    if (isRunning())
        return;
    {
        QMutexLocker locker(&m_mutex);
        m_cancelRequested = false;
    }
    delete m_thread;
    const QString cachePath = m_cachePath;
    m_thread = QThread::create([this, cachePath, source, options]() {
        Cache cache;
        const Status opened = cache.open(cachePath);
        if (!opened) {
            QMetaObject::invokeMethod(this, [this, error = opened.error]() { Q_EMIT finished(false, error, {}); },
                                      Qt::QueuedConnection);
            return;
        }
        Syncer syncer(&cache);
        connect(&syncer, &Syncer::progress, this, &SyncRunner::progress, Qt::QueuedConnection);
        {
            QMutexLocker locker(&m_mutex);
            m_syncer = &syncer;
            if (m_cancelRequested)
                syncer.cancel();
        }
        Result<SyncReport> result = syncer.run(source, options);
        {
            QMutexLocker locker(&m_mutex);
            m_syncer = nullptr;
        }
        const bool ok = result.ok();
        const QString message = ok ? describeSyncReport(result.value()) : result.errorString();
        const SyncReport report = ok ? result.value() : SyncReport{};
        if (!ok)
            qCWarning(lcUi) << "sync from" << source << "failed:" << message;
        QMetaObject::invokeMethod(this, [this, ok, message, report]() { Q_EMIT finished(ok, message, report); },
                                  Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("livedna-sync"));
    m_thread->start();
}

QString describeSyncReport(const SyncReport &r)
{
    const QString name = r.title.isEmpty() ? r.commons : r.title;
    if (r.nothingNew)
        return QCoreApplication::translate("SyncRunner", "%1 is up to date (version %2).").arg(name).arg(r.version);
    QString text = QCoreApplication::translate("SyncRunner", "%1 synced to version %2: %3 added, %4 changed, %5 removed.")
                       .arg(name)
                       .arg(r.version)
                       .arg(r.added.size())
                       .arg(r.changed.size())
                       .arg(r.removed.size());
    for (const QString &w : r.warnings)
        text += QLatin1Char('\n') + w;
    return text;
}

} // namespace livedna
