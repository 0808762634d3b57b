#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace livedna {

// A prepared statement bound by position, after Zeal's Sqlite::Statement: SQL text is fixed
// at construction and values only ever travel as bound parameters, so nothing read from a
// commons can change a statement's meaning. Reusing one object for many rows saves the
// re-parse, which matters when a sync writes a million brick instances.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    bool isPrepared() const { return m_prepared; }
    QString errorString() const { return m_query.lastError().text(); }
    QSqlQuery &query() { return m_query; }

    // Binds every argument in order and executes. Rows, if any, are then read with next().
    template<typename... Args>
    bool exec(const Args &...args)
    {
        if (!m_prepared)
            return false;
        int i = 0;
        (m_query.bindValue(i++, toVariant(args)), ...);
        return m_query.exec();
    }

    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    void finish() { m_query.finish(); }

    // NULL for an empty string, so optional text columns stay NULL rather than ''.
    static QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
    template<typename T>
    static QVariant orNull(const std::optional<T> &v)
    {
        return v ? QVariant::fromValue(*v) : QVariant();
    }

private:
    static QVariant toVariant(const QVariant &v) { return v; }
    template<typename T>
    static QVariant toVariant(const T &v)
    {
        return QVariant::fromValue(v);
    }

    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace livedna
