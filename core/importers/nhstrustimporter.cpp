#include "core/importers/nhstrustimporter.h"

#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/util/logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace livedna {

QString NhsTrustImporter::properCase(const QString &odsName)
{
    static const QSet<QString> upper = {QStringLiteral("NHS"), QStringLiteral("UK"), QStringLiteral("CIC"),
                                        QStringLiteral("LLP"), QStringLiteral("PLC"), QStringLiteral("ICB"),
                                        QStringLiteral("II"), QStringLiteral("III")};
    static const QSet<QString> lower = {QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("the"),
                                        QStringLiteral("for"), QStringLiteral("in"), QStringLiteral("on"),
                                        QStringLiteral("upon"), QStringLiteral("with")};
    const QStringList words = odsName.simplified().split(QLatin1Char(' '));
    QStringList out;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (upper.contains(w) || w.contains(QRegularExpression(QStringLiteral("\\d")))) {
            out.append(w);
            continue;
        }
        const QString l = w.toLower();
        if (i > 0 && lower.contains(l)) {
            out.append(l);
            continue;
        }
        // Capitalise after hyphens and apostrophes too: "STOKE-ON-TRENT", "KING'S".
        QString s = l;
        bool start = true;
        for (int k = 0; k < s.size(); ++k) {
            if (start && s.at(k).isLetter()) {
                // ...but not the "s" of a possessive.
                const bool possessive = k > 0 && s.at(k - 1) == QLatin1Char('\'') && (k + 1 == s.size());
                if (!possessive)
                    s[k] = s.at(k).toUpper();
                start = false;
            } else if (s.at(k) == QLatin1Char('-') || s.at(k) == QLatin1Char('(') || s.at(k) == QLatin1Char('\'')
                       || s.at(k) == QLatin1Char('/')) {
                start = true;
            }
        }
        s.replace(QStringLiteral("-On-"), QStringLiteral("-on-"));
        s.replace(QStringLiteral("-Upon-"), QStringLiteral("-upon-"));
        out.append(s);
    }
    return out.join(QLatin1Char(' '));
}

QString NhsTrustImporter::regionOfGrouping(const QString &g)
{
    // NHS England regions (ODS national groupings since 2020).
    static const QHash<QString, QString> regions = {
        {QStringLiteral("Y56"), QStringLiteral("London")},
        {QStringLiteral("Y58"), QStringLiteral("South West")},
        {QStringLiteral("Y59"), QStringLiteral("South East")},
        {QStringLiteral("Y60"), QStringLiteral("Midlands")},
        {QStringLiteral("Y61"), QStringLiteral("East of England")},
        {QStringLiteral("Y62"), QStringLiteral("North West")},
        {QStringLiteral("Y63"), QStringLiteral("North East and Yorkshire")},
    };
    return regions.value(g.trimmed());
}


Result<ImportReport> NhsTrustImporter::run(const NhsTrustImportOptions &o)
{
    using R = Result<ImportReport>;
    Result<CsvTable> read = CsvReader::readFile(o.file);
    if (!read.ok())
        return R::failure(read.problems());
    CsvTable t = read.take();
    // The raw ODS extract has no header: its first row is a trust.
    int codeCol = t.column(QStringLiteral("organisation_code"));
    int nameCol = t.column(QStringLiteral("name"));
    int groupCol = t.column(QStringLiteral("national_grouping"));
    int closeCol = t.column(QStringLiteral("close_date"));
    int openCol = t.column(QStringLiteral("open_date"));
    int gorCol = t.column(QStringLiteral("gor_code"));
    if (codeCol < 0) {
        if (t.header.size() < 12)
            return R::failure(o.file, QString(), tr("Not an ODS trust extract: expected the 27-column etr layout."));
        t.rows.prepend(t.header);
        t.lines.prepend(1);
        t.header.clear();
        codeCol = 0;
        nameCol = 1;
        groupCol = 2;
        openCol = 10;
        closeCol = 11;
        gorCol = 23;
    }
    ImportReport report;
    report.kind = QStringLiteral("nhs-trusts");
    report.sources.append(o.file);

    QHash<QString, QString> types;
    if (!o.trustTypesFile.isEmpty()) {
        Result<CsvTable> tt = CsvReader::readFile(o.trustTypesFile);
        if (!tt.ok())
            return R::failure(tt.problems());
        const int c = tt.value().column(QStringLiteral("Organisation Code"));
        int ty = tt.value().column(QStringLiteral("Trust Type (Primary)"));
        if (ty < 0)
            ty = tt.value().column(QStringLiteral("Trust Type"));
        if (c < 0 || ty < 0)
            return R::failure(o.trustTypesFile, QString(), tr("Needs columns 'Organisation Code' and 'Trust Type'."));
        for (const QStringList &row : tt.value().rows) {
            if (row.size() > qMax(c, ty) && !row.at(ty).trimmed().isEmpty())
                types.insert(row.at(c).trimmed(), row.at(ty).trimmed());
        }
        report.sources.append(o.trustTypesFile);
    }

    struct Trust { int line; QString code, name, region, type; };
    QList<Trust> trusts;
    QSet<QString> seen;
    const int maxCol = std::max({codeCol, nameCol, groupCol, closeCol, openCol});
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        const int line = t.lines.at(i);
        ++report.rowsIn;
        if (row.size() <= maxCol) {
            report.skip(line, tr("row has %1 fields, expected at least %2").arg(row.size()).arg(maxCol + 1));
            continue;
        }
        const QString code = row.at(codeCol).trimmed();
        const QString close = row.at(closeCol).trimmed();
        if (!close.isEmpty()) {
            report.skip(line, tr("closed (the ODS record has a close date)"));
            continue;
        }
        if (!ImportCommon::isSafeCode(code) || row.at(nameCol).trimmed().isEmpty()) {
            report.skip(line, tr("no usable ODS code or name"));
            continue;
        }
        if (seen.contains(code)) {
            report.skip(line, tr("duplicate ODS code %1").arg(code));
            continue;
        }
        seen.insert(code);
        Trust tr_{line, code, properCase(row.at(nameCol)), regionOfGrouping(row.at(groupCol)), types.value(code)};
        // Welsh trusts in the extract have no NHS England grouping; their GOR code says Wales.
        if (tr_.region.isEmpty() && gorCol >= 0 && row.value(gorCol).trimmed() == QLatin1String("W"))
            tr_.region = QStringLiteral("Wales");
        if (tr_.type.isEmpty()) {
            tr_.type = row.at(nameCol).contains(QLatin1String("FOUNDATION TRUST"), Qt::CaseInsensitive)
                           ? QStringLiteral("NHS foundation trust") : QStringLiteral("NHS trust");
        }
        if (tr_.region.isEmpty())
            report.note(line, tr("unknown national grouping '%1': no region").arg(row.at(groupCol).trimmed()));
        trusts.append(tr_);
    }

    const QString period = o.period.isEmpty() ? ImportCommon::financialYear(QDate::currentDate()) : o.period;
    for (const Trust &tr_ : trusts) {
        Organisation header;
        header.code = tr_.code;
        header.name = tr_.name;
        header.kind = OrgKind::NhsTrust;
        header.type = tr_.type;
        header.region = tr_.region;
        if (types.contains(tr_.code)) {
            for (const Trust &other : trusts) {
                if (header.neighbours.size() >= o.maxNeighbours)
                    break;
                if (other.code != tr_.code && other.type == tr_.type && other.region == tr_.region && types.contains(other.code))
                    header.neighbours.append(other.code);
            }
        }
        const Status st = ImportCommon::mergeHeader(o.outDir, header, period, &report);
        if (!st)
            return R::failure(ImportCommon::orgDocumentPath(o.outDir, tr_.code, period), QString(), st.error);
        ++report.imported;
    }
    qCInfo(lcImport) << "nhs-trusts:" << report.imported << "imported," << report.skipped.size() << "skipped";
    return report;
}

} // namespace livedna
