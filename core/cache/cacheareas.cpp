#include "core/cache/cache.h"

#include "core/cache/cachewriter.h"
#include "core/cache/sqlstatement.h"

namespace livedna {

// The areas document is read whole by core/area (a few hundred kilobytes, parsed in
// milliseconds), so the cache keeps its bytes rather than a table per part of it.
Status CacheWriter::replaceAreas(const QByteArray &json)
{
    SqlStatement put(m_db, QStringLiteral("INSERT OR REPLACE INTO areas (id, json) VALUES (1, ?)"));
    if (!put.exec(json))
        return Status::failure(QStringLiteral("areas: %1").arg(put.errorString()));
    return Status::success();
}

Status Cache::setAreas(const QByteArray &json)
{
    CacheWriter writer(database());
    Status st = writer.begin();
    if (st)
        st = writer.replaceAreas(json);
    if (st)
        st = writer.commit();
    return st;
}

QByteArray Cache::areas() const
{
    SqlStatement q(database(), QStringLiteral("SELECT json FROM areas WHERE id = 1"));
    if (!q.exec() || !q.next())
        return QByteArray();
    return q.value(0).toByteArray();
}

} // namespace livedna
