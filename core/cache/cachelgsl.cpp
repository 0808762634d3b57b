#include "core/cache/cache.h"

#include "core/cache/cachewriter.h"
#include "core/cache/sqlstatement.h"

namespace livedna {

Status Cache::setLgsl(const QList<LgslService> &services)
{
    // The same writer the sync uses, so both write the table the same way.
    CacheWriter writer(database());
    Status st = writer.begin();
    if (st)
        st = writer.replaceLgsl(services);
    if (st)
        st = writer.commit();
    return st;
}

static LgslService lgslFromRow(SqlStatement &q)
{
    return {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
}

QList<LgslService> Cache::lgsl() const
{
    QList<LgslService> out;
    SqlStatement q(database(), QStringLiteral("SELECT id, label, status, description, tier FROM lgsl ORDER BY id"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(lgslFromRow(q));
    return out;
}

std::optional<LgslService> Cache::lgslService(int id) const
{
    SqlStatement q(database(), QStringLiteral("SELECT id, label, status, description, tier FROM lgsl WHERE id = ?"));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    return lgslFromRow(q);
}

} // namespace livedna
