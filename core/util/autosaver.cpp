#include "core/util/autosaver.h"

namespace livedna {

Autosaver::Autosaver(qint64 draftId, std::function<Status()> save, int delayMs, QObject *parent)
    : QObject(parent)
    , m_draftId(draftId)
    , m_save(std::move(save))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(qBound(0, delayMs, 2000));
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

Autosaver::~Autosaver()
{
    flush();
}

void Autosaver::onChanged()
{
    m_pending = true;
    if (m_timer.interval() == 0)
        flush();
    else if (!m_timer.isActive())
        m_timer.start(); // not restarted by later edits: the first edit is saved within the interval
}

Status Autosaver::flush()
{
    if (!m_pending)
        return Status::success();
    m_timer.stop();
    m_pending = false;
    const Status st = m_save();
    if (st)
        Q_EMIT saved(QDateTime::currentDateTimeUtc());
    else
        Q_EMIT saveFailed(st.error);
    return st;
}

} // namespace livedna
