#include "core/importers/csvreader.h"

#include <QFile>
#include <QStringDecoder>

namespace livedna {

int CsvTable::column(const QString &nameOrNumber) const
{
    const QString want = nameOrNumber.trimmed();
    if (want.isEmpty())
        return -1;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(want, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool ok = false;
    const int n = want.toInt(&ok);
    if (ok && n >= 1 && (header.isEmpty() || n <= header.size()))
        return n - 1;
    return -1;
}

QString CsvReader::decode(const QByteArray &bytes, bool *hadBom)
{
    *hadBom = false;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *hadBom = true;
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *hadBom = true;
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return dec(bytes.mid(2));
    }
    // Real UK government CSVs are sometimes Windows-1252; invalid UTF-8 falls back to Latin-1
    // rather than losing characters to replacement marks.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

// Counts delimiter occurrences outside quotes on each of the first lines.
QChar CsvReader::detectDelimiter(const QString &text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    QChar best = QLatin1Char(',');
    double bestScore = 0;
    for (QChar d : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (int i = 0; i < text.size() && counts.size() < 20; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && c == d) {
                ++count;
            } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                counts.append(count);
                count = 0;
            }
        }
        if (count > 0)
            counts.append(count);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        // Lines that agree with the header's field count, weighted by how many fields.
        int agree = 0;
        for (int c : counts)
            agree += (c == counts.first()) ? 1 : 0;
        const double score = double(agree) / counts.size() * 1000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

Result<CsvTable> CsvReader::readFile(const QString &path, const CsvOptions &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<CsvTable>::failure(path, QString(), tr("Cannot read the file: %1").arg(f.errorString()));
    if (f.size() > MaxFileBytes)
        return Result<CsvTable>::failure(path, QString(), tr("The file is larger than %1 MiB.").arg(MaxFileBytes >> 20));
    // A preview only needs the start of a file.
    const QByteArray bytes = options.maxRows >= 0 ? f.read(qMax<qint64>(256 * 1024, options.maxRows * 4096LL))
                                                  : f.readAll();
    Result<CsvTable> r = readBytes(bytes, path, options);
    if (r.ok() && options.maxRows >= 0 && !f.atEnd())
        r.value().truncated = true;
    return r;
}

Result<CsvTable> CsvReader::readBytes(const QByteArray &bytes, const QString &file, const CsvOptions &options)
{
    CsvTable table;
    const QString text = decode(bytes, &table.hadBom);
    table.delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    const QChar delim = table.delimiter;
    const QChar quote = QLatin1Char('"');
    const bool preview = options.maxRows >= 0;

    QStringList row;
    QString field;
    int line = 1;
    int rowLine = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;
    bool headerDone = !options.hasHeader;
    bool stop = false;

    auto endRow = [&]() {
        row.append(field);
        field.clear();
        fieldWasQuoted = false;
        // Blank lines carry no record.
        if (!(row.size() == 1 && row.first().isEmpty())) {
            if (!headerDone) {
                table.header = row;
                headerDone = true;
            } else {
                table.rows.append(row);
                table.lines.append(rowLine);
                if (preview && table.rows.size() >= options.maxRows)
                    stop = true;
            }
        }
        row.clear();
    };

    const int n = text.size();
    for (int i = 0; i < n && !stop; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == quote) {
                if (i + 1 < n && text.at(i + 1) == quote) {
                    field.append(quote);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == delim) {
            row.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else if (c == quote && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else {
            // Text after a closing quote, or a quote inside an unquoted field: kept as written.
            field.append(c);
        }
    }
    if (inQuotes && !(preview && stop)) {
        if (preview) {
            table.truncated = true; // the preview cut through a quoted field
        } else {
            return Result<CsvTable>::failure(
                file, QString(),
                tr("Line %1: a quoted field is never closed (missing \").").arg(quoteLine));
        }
    } else if (!stop && (!field.isEmpty() || !row.isEmpty() || fieldWasQuoted)) {
        endRow();
    }
    return table;
}

} // namespace livedna
