#pragma once

#include "core/util/problem.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace livedna {

// A parsed CSV table. `lines[i]` is the physical line where row i starts (1-based, the
// header being line 1 when there is one), so reports can point at the source.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;
    QChar delimiter = QLatin1Char(',');
    bool hadBom = false;
    bool truncated = false; // stopped at maxRows

    // Column index by header name (case-insensitive, trimmed) or by 1-based number; -1 if none.
    int column(const QString &nameOrNumber) const;
};

struct CsvOptions
{
    QChar delimiter;        // null: detect among , ; TAB |
    bool hasHeader = true;
    int maxRows = -1;       // stop after this many data rows (previews)
};

// RFC 4180 reader: quoted fields with embedded delimiters, doubled quotes and line breaks;
// CRLF, LF or CR line ends; UTF-8 (with or without BOM) or UTF-16 with BOM. Lenient where
// real files are sloppy (a stray quote inside an unquoted field is kept as text) and strict
// where data would be lost (an unterminated quoted field is an error naming its line).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 MaxFileBytes = 1024LL * 1024 * 1024;

    static Result<CsvTable> readFile(const QString &path, const CsvOptions &options = {});
    // `file` only labels problems.
    static Result<CsvTable> readBytes(const QByteArray &bytes, const QString &file,
                                      const CsvOptions &options = {});
    // Decodes bytes to text, stripping a BOM; *hadBom tells whether there was one.
    static QString decode(const QByteArray &bytes, bool *hadBom);
    // The delimiter that splits the first lines into the most consistent number of fields.
    static QChar detectDelimiter(const QString &text);
};

} // namespace livedna
