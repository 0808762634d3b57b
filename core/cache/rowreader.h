#pragma once

#include <QAtomicInt>
#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace livedna {

// One prepared, bound, forward-only statement, read column by column. A national-scale
// load reads a million rows, and QSqlQuery builds a QVariant per cell; on the very same
// connection, the SQLite library Qt's driver uses steps the statement several times faster
// (the cache's RowInserter does the same for writes, and the same check and the same
// LIVEDNA_SQLITE_QTSQL_ONLY switch decide). Otherwise QSqlQuery reads the rows.
class RowReader
{
public:
    // `raw`: RowInserter::rawHandleUsable(db) said Qt's SQLite is the one this build links.
    RowReader(QSqlDatabase db, const char *sql, qint64 commonsRef, bool raw)
        : m_query(db)
    {
        if (raw) {
            QVariant v = db.driver()->handle();
            if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
                m_handle = *static_cast<sqlite3 **>(v.data());
        }
        if (m_handle) {
            if (sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr) != SQLITE_OK
                || sqlite3_bind_int64(m_stmt, 1, commonsRef) != SQLITE_OK)
                m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        } else {
            m_query.setForwardOnly(true);
            if (!m_query.prepare(QString::fromLatin1(sql)))
                m_error = m_query.lastError().text();
            m_query.addBindValue(commonsRef);
            if (m_error.isEmpty() && !m_query.exec())
                m_error = m_query.lastError().text();
        }
    }
    ~RowReader()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
    }
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    bool next()
    {
        if (!m_error.isEmpty())
            return false;
        if (!m_handle)
            return m_query.next();
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    QString error() const
    {
        if (!m_handle && m_error.isEmpty() && m_query.lastError().isValid())
            return m_query.lastError().text();
        return m_error;
    }

    bool isNull(int col) const { return m_handle ? sqlite3_column_type(m_stmt, col) == SQLITE_NULL : m_query.isNull(col); }
    qint64 int64(int col) const { return m_handle ? sqlite3_column_int64(m_stmt, col) : m_query.value(col).toLongLong(); }
    double real(int col) const { return m_handle ? sqlite3_column_double(m_stmt, col) : m_query.value(col).toDouble(); }
    QString text(int col) const
    {
        if (!m_handle)
            return m_query.value(col).toString();
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return t ? QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, col)) : QString();
    }
    // The UTF-8 bytes of a text column without copying them: valid until the next next().
    // Lets callers look up values that repeat a million times without building a QString.
    QByteArray rawText(int col) const
    {
        if (!m_handle)
            return m_query.value(col).toString().toUtf8();
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return t ? QByteArray::fromRawData(t, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
    }

private:
    QSqlQuery m_query;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};


} // namespace livedna
