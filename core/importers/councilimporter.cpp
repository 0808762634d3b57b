#include "core/importers/councilimporter.h"

#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/importers/laregister.h"
#include "core/util/logging.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace livedna {

namespace {

enum class Tier { None, County, District, Single };

Tier tierOf(const QString &type)
{
    if (type == QLatin1String("CTY"))
        return Tier::County;
    if (type == QLatin1String("NMD"))
        return Tier::District;
    if (type == QLatin1String("UA") || type == QLatin1String("MD") || type == QLatin1String("LBO")
        || type == QLatin1String("CC"))
        return Tier::Single;
    return Tier::None;
}

} // namespace

Result<ImportReport> CouncilImporter::run(const CouncilImportOptions &options)
{
    using R = Result<ImportReport>;
    Result<LaRegister> reg = LaRegister::load(options.registerFile);
    if (!reg.ok())
        return R::failure(reg.problems());
    const LaRegister &r = reg.value();

    ImportReport report;
    report.kind = QStringLiteral("councils");
    report.sources.append(options.registerFile);

    // register code -> the four labels (index by measure)
    static const char *const measures[] = {"physical", "emissions", "imd", "ruc"};
    QHash<QString, QStringList> labels;
    if (!options.similarityDir.isEmpty()) {
        const QDir dir(options.similarityDir);
        for (int m = 0; m < 4; ++m) {
            const QString file = dir.filePath(QStringLiteral("%1_la_labels.csv").arg(QLatin1String(measures[m])));
            Result<CsvTable> t = CsvReader::readFile(file);
            if (!t.ok())
                return R::failure(t.problems());
            const int codeCol = t.value().column(QStringLiteral("local-authority-code"));
            const int labelCol = t.value().column(QStringLiteral("label"));
            if (codeCol < 0 || labelCol < 0)
                return R::failure(file, QString(), tr("Not a similarity label file: needs columns local-authority-code and label."));
            report.sources.append(file);
            for (const QStringList &row : t.value().rows) {
                if (row.size() <= qMax(codeCol, labelCol))
                    continue;
                QStringList &l = labels[row.at(codeCol).trimmed()];
                while (l.size() < 4)
                    l.append(QString());
                l[m] = row.at(labelCol).trimmed();
            }
        }
    }

    QList<const LaRegister::Authority *> councils;
    for (const LaRegister::Authority &a : r.authorities()) {
        ++report.rowsIn;
        if (!a.current) {
            report.skip(a.line, r.whyNotCurrent(a));
            continue;
        }
        if (a.nation != QLatin1String("England")) {
            report.skip(a.line, tr("not in England (%1)").arg(a.nation.isEmpty() ? tr("nation not stated") : a.nation));
            continue;
        }
        if (a.gss.isEmpty() || !ImportCommon::isSafeCode(a.gss)) {
            report.skip(a.line, tr("%1 has no usable GSS code").arg(a.officialName));
            continue;
        }
        councils.append(&a);
    }

    const QString period = options.period.isEmpty() ? ImportCommon::financialYear(QDate::currentDate()) : options.period;
    for (const LaRegister::Authority *a : councils) {
        QStringList neighbours;
        const Tier tier = tierOf(a->type);
        const QStringList mine = labels.value(a->code);
        if (tier != Tier::None && mine.size() == 4) {
            struct Cand { int shared; qint64 popDiff; QString gss; };
            QList<Cand> cands;
            for (const LaRegister::Authority *b : councils) {
                if (b == a || tierOf(b->type) != tier)
                    continue;
                const QStringList theirs = labels.value(b->code);
                if (theirs.size() != 4)
                    continue;
                int shared = 0;
                for (int m = 0; m < 4; ++m)
                    shared += (!mine.at(m).isEmpty() && mine.at(m) == theirs.at(m)) ? 1 : 0;
                if (shared < options.minShared)
                    continue;
                const qint64 diff = (a->population && b->population) ? qAbs(*a->population - *b->population)
                                                                     : std::numeric_limits<qint64>::max();
                cands.append({shared, diff, b->gss});
            }
            std::sort(cands.begin(), cands.end(), [](const Cand &x, const Cand &y) {
                if (x.shared != y.shared)
                    return x.shared > y.shared;
                if (x.popDiff != y.popDiff)
                    return x.popDiff < y.popDiff;
                return x.gss < y.gss;
            });
            for (int i = 0; i < cands.size() && i < options.maxNeighbours; ++i)
                neighbours.append(cands.at(i).gss);
        }
        if (!options.similarityDir.isEmpty() && neighbours.isEmpty()) {
            report.note(a->line, tier == Tier::None ? tr("no neighbours: %1 is not in the similarity clusters").arg(a->typeName)
                                                    : tr("no neighbours: no council of the same tier shares enough labels"));
        }

        Organisation header;
        header.code = a->gss;
        header.name = a->officialName;
        header.kind = OrgKind::Council;
        header.type = a->typeName;
        header.region = a->region;
        header.population = a->population;
        if (!a->population)
            report.note(a->line, tr("no population in the register"));
        header.neighbours = neighbours;
        const Status st = ImportCommon::mergeHeader(options.outDir, header, period, &report);
        if (!st)
            return R::failure(ImportCommon::orgDocumentPath(options.outDir, a->gss, period), QString(), st.error);
        ++report.imported;
    }
    qCInfo(lcImport) << "councils:" << report.imported << "imported," << report.skipped.size() << "skipped";
    return report;
}

} // namespace livedna
