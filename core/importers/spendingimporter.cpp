#include "core/importers/spendingimporter.h"

#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/importers/realsources.h"
#include "core/importers/rsximporter.h"
#include "core/importers/laregister.h"
#include "core/util/logging.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace livedna {

namespace {

struct PendingService
{
    QString id;
    QString name;
    QString category;
    std::optional<int> lgsl;
    double sum = 0.0;
    int valued = 0; // rows that carried a number
    int rows = 0;
    QList<int> lines; // physical lines of its rows, for the source locator
    std::optional<Layer> layer;
};

struct PendingOrg
{
    QString code;
    QString name;
    QString period;
    QList<PendingService> services;
    QHash<QString, int> index; // service id -> position
};

QString sourceRef(const SpendingImportOptions &o, const PendingOrg &p, const PendingService &s, const QString &amountName)
{
    QStringList lines;
    for (int l : s.lines)
        lines.append(QString::number(l));
    const QString where = (s.lines.size() == 1 ? QStringLiteral("line %1") : QStringLiteral("lines %1")).arg(lines.join(QStringLiteral(", ")));
    return RealSources::ref(o.sourceId, QStringLiteral("%1: %2, %3, %4").arg(where, p.code, s.name, amountName));
}

// One organisation's services into its document for the period, replacing services of the
// same id but keeping what people added by hand (bricks, flows, value).
Status writePending(const SpendingImportOptions &o, const PendingOrg &p, const QString &amountName, ImportReport *report)
{
    Organisation header;
    header.code = p.code;
    header.name = p.name;
    orgKindFromString(o.kind, &header.kind);
    Result<Organisation> opened = ImportCommon::openOrganisation(o.outDir, header, p.period, nullptr);
    if (!opened.ok())
        return Status::failure(opened.errorString());
    Organisation doc = opened.take();
    if (!o.sourceId.isEmpty()) {
        Source src = RealSources::byId(o.sourceId);
        if (src.id.isEmpty()) {
            src.id = o.sourceId;
            src.title = QFileInfo(o.file).fileName();
            src.period = p.period;
        }
        ImportCommon::addSource(&doc, src);
    }
    for (const PendingService &ps : p.services) {
        Service *s = doc.service(ps.id);
        if (!s) {
            doc.services.append(Service());
            s = &doc.services.last();
            s->id = ps.id;
        }
        s->name = ps.name;
        if (!ps.category.isEmpty())
            s->category = ps.category;
        if (ps.lgsl)
            s->lgsl = ps.lgsl;
        s->reportedCostGbp.reset();
        s->source.clear();
        if (ps.layer)
            s->layer = ps.layer;
        if (ps.valued > 0) {
            s->reportedCostGbp = ImportCommon::roundPence(ps.sum);
            if (!o.sourceId.isEmpty())
                s->source = sourceRef(o, p, ps, amountName);
        }
    }
    return ImportCommon::saveOrganisation(o.outDir, doc, report);
}

} // namespace

bool SpendingImporter::parseFilter(const QString &text, QPair<QString, QString> *out)
{
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *out = {text.left(eq).trimmed(), text.mid(eq + 1).trimmed()};
    return true;
}

Result<ImportReport> SpendingImporter::run(const SpendingImportOptions &o)
{
    using R = Result<ImportReport>;
    CsvOptions csvOptions;
    csvOptions.delimiter = o.delimiter;
    Result<CsvTable> read = CsvReader::readFile(o.file, csvOptions);
    if (!read.ok())
        return R::failure(read.problems());
    const CsvTable &t = read.value();
    QHash<int, RsxImporter::GroupInfo> groupByLine;
    if (!o.groupsFile.isEmpty()) {
        Result<QList<RsxImporter::GroupInfo>> groups = RsxImporter::loadGroups(o.groupsFile);
        if (!groups.ok())
            return R::failure(groups.problems());
        for (const RsxImporter::GroupInfo &g : groups.value())
            groupByLine.insert(g.rsLine, g);
    }

    auto needColumn = [&](const QString &spec, bool required, int *col) -> bool {
        *col = -1;
        if (spec.isEmpty())
            return !required;
        *col = t.column(spec);
        return *col >= 0;
    };
    struct Col { const char *option; QString spec; bool required; int index; };
    Col cols[] = {{"--org-col", o.orgColumn, true, -1},          {"--service-col", o.serviceColumn, true, -1},
                  {"--amount-col", o.amountColumn, true, -1},    {"--service-id-col", o.serviceIdColumn, false, -1},
                  {"--category-col", o.categoryColumn, false, -1}, {"--name-col", o.orgNameColumn, false, -1},
                  {"--period-col", o.periodColumn, false, -1},   {"--lgsl-col", o.lgslColumn, false, -1}};
    for (Col &c : cols) {
        if (!needColumn(c.spec, c.required, &c.index)) {
            const QString msg = c.spec.isEmpty()
                                    ? tr("%1 is required.").arg(QLatin1String(c.option))
                                    : tr("%1 '%2' names no column; the columns are: %3")
                                          .arg(QLatin1String(c.option), c.spec,
                                               t.header.mid(0, 40).join(QStringLiteral(", ")).left(2000));
            return R::failure(o.file, QString(), msg);
        }
    }
    const int orgCol = cols[0].index, serviceCol = cols[1].index, amountCol = cols[2].index,
              idCol = cols[3].index, categoryCol = cols[4].index, nameCol = cols[5].index,
              periodCol = cols[6].index, lgslCol = cols[7].index;
    if (periodCol < 0 && !ImportCommon::isPeriod(o.period))
        return R::failure(o.file, QString(), tr("--period must be a financial year such as 2017-18 (or give --period-col)."));
    if (!(o.scale > 0))
        return R::failure(o.file, QString(), tr("--scale must be a positive number."));

    struct Filter { int col; QString value; QString text; };
    auto resolveFilters = [&](const QList<QPair<QString, QString>> &in, QList<Filter> *out) -> QString {
        for (const auto &f : in) {
            const int c = t.column(f.first);
            if (c < 0)
                return f.first;
            out->append({c, f.second, QStringLiteral("%1=%2").arg(f.first, f.second)});
        }
        return QString();
    };
    QList<Filter> includes, excludes;
    QString badFilter = resolveFilters(o.include, &includes);
    if (badFilter.isEmpty())
        badFilter = resolveFilters(o.exclude, &excludes);
    if (!badFilter.isEmpty())
        return R::failure(o.file, QString(), tr("The filter column '%1' is not in the file.").arg(badFilter));

    std::optional<LaRegister> reg;
    const QString key = o.orgKey.toLower();
    if (key != QLatin1String("code")) {
        if (key != QLatin1String("gss") && key != QLatin1String("ecode") && key != QLatin1String("name"))
            return R::failure(o.file, QString(), tr("--org-key must be code, gss, ecode or name."));
        if (o.registerFile.isEmpty())
            return R::failure(o.file, QString(), tr("--org-key %1 needs --register uk_local_authorities.csv.").arg(key));
        Result<LaRegister> loaded = LaRegister::load(o.registerFile);
        if (!loaded.ok())
            return R::failure(loaded.problems());
        reg = loaded.take();
    }

    ImportReport report;
    report.kind = QStringLiteral("spending");
    report.sources.append(o.file);
    if (t.hadBom)
        report.note(0, tr("the file starts with a UTF-8 byte-order mark (removed)"));

    QMap<QString, PendingOrg> orgs; // sorted by code for stable output
    QHash<QString, bool> existsCache;
    const int maxCol = std::max({orgCol, serviceCol, amountCol, idCol, categoryCol, nameCol, periodCol, lgslCol});

    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        const int line = t.lines.at(i);
        ++report.rowsIn;
        if (row.size() <= maxCol) {
            report.skip(line, tr("row has %1 fields, the mapping needs %2").arg(row.size()).arg(maxCol + 1));
            continue;
        }
        bool keep = includes.isEmpty();
        for (const Filter &f : includes)
            keep = keep || row.at(f.col).trimmed() == f.value;
        if (!keep) {
            report.skip(line, tr("not selected by --include"));
            continue;
        }
        const Filter *excluded = nullptr;
        for (const Filter &f : excludes) {
            if (row.at(f.col).trimmed() == f.value)
                excluded = &f;
        }
        if (excluded) {
            report.skip(line, tr("excluded by --exclude %1").arg(excluded->text));
            continue;
        }

        const QString orgValue = row.at(orgCol).trimmed();
        const QString rowName = nameCol >= 0 ? row.at(nameCol).trimmed() : QString();
        QString code = orgValue;
        QString orgName = rowName;
        if (reg) {
            const LaRegister::Authority *a = nullptr;
            if (key == QLatin1String("gss"))
                a = reg->byGss(orgValue);
            else if (key == QLatin1String("ecode"))
                a = reg->byEcode(orgValue);
            else
                a = reg->byName(orgValue);
            const QString label = rowName.isEmpty() || rowName == orgValue
                                      ? orgValue : QStringLiteral("%1 (%2)").arg(rowName, orgValue);
            if (!a) {
                report.skip(line, orgValue.isEmpty() ? tr("no organisation in this row")
                                                     : tr("%1 is not in the local authority register").arg(label));
                continue;
            }
            if (!a->isCurrentEnglish()) {
                report.skip(line, reg->whyNotCurrent(*a));
                continue;
            }
            if (key == QLatin1String("gss") && a->gss != orgValue.toUpper())
                report.note(line, tr("%1 is a former GSS code of %2 (%3): matched").arg(orgValue, a->officialName, a->gss));
            code = a->gss;
            orgName = a->officialName;
        }
        if (code.isEmpty()) {
            report.skip(line, tr("no organisation in this row"));
            continue;
        }
        if (!ImportCommon::isSafeCode(code)) {
            report.skip(line, tr("'%1' is not a usable organisation code").arg(code));
            continue;
        }
        if (o.requireExisting) {
            auto it = existsCache.find(code);
            if (it == existsCache.end())
                it = existsCache.insert(code, ImportCommon::hasDocument(o.outDir, code));
            if (!*it) {
                report.skip(line, tr("%1 has no organisation document in the output folder").arg(orgName.isEmpty() ? code : orgName + QStringLiteral(" (") + code + QLatin1Char(')')));
                continue;
            }
        }
        const QString serviceName = row.at(serviceCol).simplified();
        if (serviceName.isEmpty()) {
            report.skip(line, tr("empty service name"));
            continue;
        }
        const QString period = periodCol >= 0 ? row.at(periodCol).trimmed() : o.period;
        if (!ImportCommon::isPeriod(period)) {
            report.skip(line, tr("period '%1' is not a financial year such as 2017-18").arg(period));
            continue;
        }
        const QString idSource = idCol >= 0 ? row.at(idCol).trimmed() + QLatin1Char(' ') + serviceName : serviceName;
        QString sid = ImportCommon::slugify(idSource);
        if (sid.isEmpty())
            sid = QStringLiteral("service-%1").arg(line);

        PendingOrg &org = orgs[code];
        if (org.code.isEmpty()) {
            org.code = code;
            org.name = orgName.isEmpty() ? code : orgName;
            org.period = period;
        } else if (org.period != period) {
            report.skip(line, tr("%1 already has rows for %2; one document holds one period (this row: %3)")
                                  .arg(code, org.period, period));
            continue;
        }
        std::optional<Layer> layer;
        if (!o.groupsFile.isEmpty() && idCol >= 0) {
            const auto g = groupByLine.constFind(row.at(idCol).trimmed().toInt());
            if (g != groupByLine.cend()) {
                sid = g->id;
                layer = g->layer;
            } else {
                report.note(line, tr("line '%1' is not in the service-group table: no layer").arg(row.at(idCol).trimmed()));
            }
        }
        auto sit = org.index.find(sid);
        if (sit == org.index.end()) {
            PendingService s;
            s.id = sid;
            s.layer = layer;
            s.name = serviceName;
            s.category = categoryCol >= 0 ? row.at(categoryCol).simplified() : QString();
            if (lgslCol >= 0) {
                bool ok = false;
                const int l = row.at(lgslCol).trimmed().toInt(&ok);
                if (ok && l > 0)
                    s.lgsl = l;
            }
            org.services.append(s);
            sit = org.index.insert(sid, org.services.size() - 1);
        } else {
            report.note(line, tr("several rows for one service: amounts added together"));
        }
        PendingService &s = org.services[*sit];
        ++s.rows;
        s.lines.append(line);
        const QString raw = row.at(amountCol);
        const ImportCommon::Amount amount = ImportCommon::parseAmount(raw);
        if (amount.state == ImportCommon::AmountState::Value) {
            s.sum += amount.value * o.scale;
            ++s.valued;
            if (amount.value < 0)
                report.note(line, tr("negative amount kept as published (income above spending)"));
        } else if (amount.state == ImportCommon::AmountState::Blank) {
            report.note(line, tr("blank or not-available amount '%1': kept as unknown (no reported cost)").arg(raw.trimmed()));
        } else {
            report.note(line, tr("amount '%1' is not a number: kept as unknown (no reported cost)").arg(raw.trimmed()));
        }
        ++report.imported;
    }

    // Write, merging into what the output folder already holds.
    const QString amountName = t.header.value(amountCol);
    for (const PendingOrg &p : std::as_const(orgs)) {
        const Status st = writePending(o, p, amountName, &report);
        if (!st)
            return R::failure(ImportCommon::orgDocumentPath(o.outDir, p.code, p.period), QString(), st.error);
    }
    qCInfo(lcImport) << "spending:" << report.imported << "rows imported," << report.skipped.size() << "skipped";
    return report;
}

} // namespace livedna
