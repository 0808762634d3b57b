#include "core/cache/rowinserter.h"

#include "core/util/logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace livedna {

RowInserter::~RowInserter() = default;

namespace {

class QtSqlInserter : public RowInserter
{
public:
    QtSqlInserter(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }
    bool isPrepared() const override { return m_prepared; }
    void bindInt(int i, qint64 v) override { m_query.bindValue(i, v); }
    void bindDouble(int i, double v) override { m_query.bindValue(i, v); }
    void bindText(int i, const QString &v) override { m_query.bindValue(i, v); }
    void bindNull(int i) override { m_query.bindValue(i, QVariant()); }
    bool exec() override { return m_query.exec(); }
    qint64 lastInsertId() const override { return m_query.lastInsertId().toLongLong(); }
    QString errorString() const override { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

class SqliteInserter : public RowInserter
{
public:
    SqliteInserter(sqlite3 *db, const QString &sql)
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_prepared = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) == SQLITE_OK;
        if (!m_prepared)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    ~SqliteInserter() override { sqlite3_finalize(m_stmt); }
    bool isPrepared() const override { return m_prepared; }
    void bindInt(int i, qint64 v) override { sqlite3_bind_int64(m_stmt, i + 1, v); }
    void bindDouble(int i, double v) override { sqlite3_bind_double(m_stmt, i + 1, v); }
    void bindText(int i, const QString &v) override
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int i) override { sqlite3_bind_null(m_stmt, i + 1); }
    bool exec() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }
    qint64 lastInsertId() const override { return sqlite3_last_insert_rowid(m_db); }
    QString errorString() const override { return m_error; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_prepared = false;
    QString m_error;
};

} // namespace

bool RowInserter::rawHandleUsable(const QSqlDatabase &db)
{
    if (qEnvironmentVariableIsSet("LIVEDNA_SQLITE_QTSQL_ONLY"))
        return false;
    if (!handleOf(db))
        return false;
    // A Qt built with its own copy of SQLite hands out a handle of that copy; driving it
    // with another build's functions is only safe when they are the same library version.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return false;
    const bool same = q.value(0).toString() == QLatin1String(sqlite3_libversion());
    if (!same)
        qCInfo(lcCache) << "Qt's SQLite" << q.value(0).toString() << "is not" << sqlite3_libversion() << "; using QtSql only";
    return same;
}

std::unique_ptr<RowInserter> RowInserter::create(const QSqlDatabase &db, const QString &sql)
{
    if (rawHandleUsable(db))
        return std::make_unique<SqliteInserter>(handleOf(db), sql);
    return std::make_unique<QtSqlInserter>(db, sql);
}

} // namespace livedna
