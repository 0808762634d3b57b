#include "core/cache/cache.h"

#include "core/cache/cachewriter.h"
#include "core/cache/sqlstatement.h"

namespace livedna {

// Like the areas, the benchmarks document is read whole by its one reader
// (core/commons/benchmarkdata.h; some 300 KB), so the cache keeps its bytes.
Status CacheWriter::replaceBenchmarks(const QByteArray &json)
{
    SqlStatement put(m_db, QStringLiteral("INSERT OR REPLACE INTO benchmarks (id, json) VALUES (1, ?)"));
    if (!put.exec(json))
        return Status::failure(QStringLiteral("benchmarks: %1").arg(put.errorString()));
    return Status::success();
}

Status Cache::setBenchmarks(const QByteArray &json)
{
    CacheWriter writer(database());
    Status st = writer.begin();
    if (st)
        st = writer.replaceBenchmarks(json);
    if (st)
        st = writer.commit();
    return st;
}

QByteArray Cache::benchmarks() const
{
    SqlStatement q(database(), QStringLiteral("SELECT json FROM benchmarks WHERE id = 1"));
    if (!q.exec() || !q.next())
        return QByteArray();
    return q.value(0).toByteArray();
}

} // namespace livedna
