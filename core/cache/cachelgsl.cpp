#include "core/cache/cache.h"

#include "core/cache/sqlstatement.h"

namespace livedna {

Status Cache::setLgsl(const QList<LgslService> &services)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Status::failure(tr("Cannot write the LGSL list: %1").arg(db.lastError().text()));
    SqlStatement clear(db, QStringLiteral("DELETE FROM lgsl"));
    if (!clear.exec()) {
        const QString err = clear.errorString();
        db.rollback();
        return Status::failure(tr("Cannot write the LGSL list: %1").arg(err));
    }
    SqlStatement ins(db, QStringLiteral("INSERT INTO lgsl (id, label, status, description, tier) VALUES (?, ?, ?, ?, ?)"));
    for (const LgslService &s : services) {
        if (!ins.exec(s.id, s.label, s.status, SqlStatement::textOrNull(s.description), SqlStatement::textOrNull(s.tier))) {
            const QString err = ins.errorString();
            db.rollback();
            return Status::failure(tr("Cannot write LGSL %1: %2").arg(s.id).arg(err));
        }
    }
    if (!db.commit()) {
        const QString err = db.lastError().text();
        db.rollback();
        return Status::failure(tr("Cannot write the LGSL list: %1").arg(err));
    }
    return Status::success();
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
