#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <type_traits>
#include <optional>

namespace livedna {

// One prepared INSERT reused for many rows, bound by position (0-based). The sync writes
// millions of rows through these, so there are two implementations behind one interface:
// QtSql's QSqlQuery, and the same connection's own sqlite3 handle (Qt's documented
// QSqlDriver::handle() route), which costs less than half per row. The handle is used only
// when Qt's SQLite is the library LiveDNA links (same version), and never when
// LIVEDNA_SQLITE_QTSQL_ONLY is set. Either way the rows go into the connection's open
// transaction; values are always bound, never pasted into SQL.
class RowInserter
{
public:
    virtual ~RowInserter();

    static std::unique_ptr<RowInserter> create(const QSqlDatabase &db, const QString &sql);
    static bool rawHandleUsable(const QSqlDatabase &db);

    virtual bool isPrepared() const = 0;
    virtual void bindInt(int i, qint64 v) = 0;
    virtual void bindDouble(int i, double v) = 0;
    virtual void bindText(int i, const QString &v) = 0;
    virtual void bindNull(int i) = 0;
    void bindTextOrNull(int i, const QString &v)
    {
        if (v.isEmpty())
            bindNull(i);
        else
            bindText(i, v);
    }
    template<typename T>
    void bindOptional(int i, const std::optional<T> &v)
    {
        if (!v)
            bindNull(i);
        else if constexpr (std::is_floating_point_v<T>)
            bindDouble(i, *v);
        else
            bindInt(i, qint64(*v));
    }
    // Executes with the values bound since the last exec(); false on error.
    virtual bool exec() = 0;
    virtual qint64 lastInsertId() const = 0;
    virtual QString errorString() const = 0;
};

} // namespace livedna
