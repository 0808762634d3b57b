#include "core/cache/cachesummary.h"

#include "core/cache/rowreader.h"
#include "core/cache/sqlstatement.h"
#include "core/util/logging.h"

#include <QAtomicInteger>
#include <QElapsedTimer>

#include <algorithm>
#include <optional>
#include <vector>

namespace livedna {

SummaryWriter::SummaryWriter(const QSqlDatabase &db)
    : m_capability(RowInserter::create(db, QStringLiteral(
          "INSERT INTO capability_summary (org_ref, position, capability, layer, standard_instances,"
          " bespoke_instances, standard_cost, bespoke_cost, bespoke_volume, bespoke_fte, fte_known, fte_unknown)"
          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")))
    , m_org(RowInserter::create(db, QStringLiteral(
          "INSERT INTO org_summary (org_ref, services, reported_services, reported_cost, mapped_cost,"
          " share_reported, share_mapped, instances) VALUES (?,?,?,?,?,?,?,?)")))
{
}

namespace {
QAtomicInteger<qint64> s_syncTimeNs;
}

void SummaryWriter::addSyncTime(qint64 nanoseconds)
{
    s_syncTimeNs.fetchAndAddRelaxed(nanoseconds);
}

qint64 SummaryWriter::syncTimeNs()
{
    return s_syncTimeNs.loadRelaxed();
}

bool SummaryWriter::isPrepared() const
{
    return m_capability->isPrepared() && m_org->isPrepared();
}

QString SummaryWriter::errorString() const
{
    return m_capability->isPrepared() ? m_org->errorString() : m_capability->errorString();
}

Status SummaryWriter::write(qint64 orgRef, const OrgAnalysisSummary &s)
{
    RowInserter &c = *m_capability;
    for (size_t i = 0; i < s.figures.size(); ++i) {
        const OrgCapabilityFigure &f = s.figures[i];
        c.bindInt(0, orgRef);
        c.bindInt(1, qint64(i));
        c.bindText(2, s.capabilities.value(f.capability));
        c.bindText(3, layerToString(f.layer));
        c.bindInt(4, f.standardInstances);
        c.bindInt(5, f.bespokeInstances);
        c.bindDouble(6, f.standardGbp);
        c.bindDouble(7, f.bespokeGbp);
        c.bindOptional(8, f.bespokeVolume);
        c.bindOptional(9, f.bespokeFte);
        c.bindDouble(10, f.fteKnown);
        c.bindInt(11, f.fteUnknown);
        if (!c.exec())
            return Status::failure(tr("Cannot write the analysis summary: %1").arg(c.errorString()));
    }
    RowInserter &o = *m_org;
    const RollupCoverage &cov = s.coverage;
    o.bindInt(0, orgRef);
    o.bindInt(1, cov.services);
    o.bindInt(2, cov.reportedServices);
    o.bindOptional(3, cov.reportedGbp);
    o.bindDouble(4, cov.mappedGbp);
    o.bindDouble(5, cov.shareReportedGbp);
    o.bindDouble(6, cov.shareMappedGbp);
    o.bindInt(7, cov.instances);
    if (!o.exec())
        return Status::failure(tr("Cannot write the analysis summary: %1").arg(o.errorString()));
    return Status::success();
}

namespace {

std::optional<double> optDouble(const RowReader &rows, int col)
{
    return rows.isNull(col) ? std::nullopt : std::optional<double>(rows.real(col));
}

using LayerMap = QHash<QByteArray, Layer>; // capability id (UTF-8) -> layer

// Every commons' capability layers: an instance's layer is its capability's (layerOf(),
// unknown counts as overhead), not a column of its own.
QString loadLayers(const QSqlDatabase &db, QHash<qint64, LayerMap> *out)
{
    SqlStatement q(db, QStringLiteral("SELECT commons_ref, id, layer FROM capability"));
    if (!q.exec())
        return q.errorString();
    while (q.next()) {
        Layer layer = Layer::Overhead;
        layerFromString(q.value(2).toString(), &layer);
        (*out)[q.value(0).toLongLong()].insert(q.value(1).toString().toUtf8(), layer);
    }
    return QString();
}

// One row of an organisation's services and instances, kept until they are in document order.
struct InstanceRow
{
    qint64 servicePosition = 0;
    qint64 brickPosition = -1; // -1: a service with no instance
    qint64 service = 0;
    std::optional<double> volume;
    std::optional<double> reported;
    int capability = -1; // into the capabilities seen
    bool standard = false;
    double cost = 0.0;
    std::optional<double> fte;
};

// A few dozen capability ids repeat thousands of times: a linear scan of SQLite's bytes
// costs less than hashing them.
struct SeenCapabilities
{
    struct Seen
    {
        QByteArray bytes;
        QString id;
        Layer layer;
    };
    std::vector<Seen> list;

    int indexOf(const QByteArray &bytes, const LayerMap &layers)
    {
        for (size_t i = 0; i < list.size(); ++i) {
            if (list[i].bytes == bytes)
                return int(i);
        }
        const QByteArray key(bytes.constData(), bytes.size()); // detach from SQLite's buffer
        list.push_back({key, QString::fromUtf8(key), layers.value(key, Layer::Overhead)});
        return int(list.size()) - 1;
    }
};

// One organisation row: services by position, each with its instances by position. Read
// through the connection's own SQLite handle where it can (a catalogue change rebuilds a
// million instances' worth), unsorted, and put in document order here: SQLite would sort
// each organisation's rows in a temporary b-tree, the largest part of the rebuild.
Status rebuildOne(const QSqlDatabase &db, bool raw, SummaryWriter &writer, qint64 orgRef, const LayerMap &layers)
{
    RowReader rows(db,
                   "SELECT s.id, s.volume, s.reported_cost, b.id, b.uses IS NOT NULL, b.capability, b.cost, b.fte,"
                   " s.position, b.position"
                   " FROM service s LEFT JOIN brick_instance b ON b.service_ref = s.id WHERE s.org_ref = ?",
                   orgRef, raw);
    std::vector<InstanceRow> all;
    SeenCapabilities capabilities;
    while (rows.next()) {
        InstanceRow r;
        r.servicePosition = rows.int64(8);
        r.service = rows.int64(0);
        r.volume = optDouble(rows, 1);
        r.reported = optDouble(rows, 2);
        if (!rows.isNull(3)) {
            r.brickPosition = rows.int64(9);
            r.standard = rows.int64(4) != 0;
            r.capability = capabilities.indexOf(rows.rawText(5), layers);
            r.cost = rows.real(6);
            r.fte = optDouble(rows, 7);
        }
        all.push_back(std::move(r));
    }
    if (!rows.error().isEmpty())
        return Status::failure(rows.error());
    std::sort(all.begin(), all.end(), [](const InstanceRow &a, const InstanceRow &b) {
        return a.servicePosition != b.servicePosition ? a.servicePosition < b.servicePosition
                                                      : a.brickPosition < b.brickPosition;
    });
    OrgSummaryBuilder builder;
    qint64 service = -1;
    for (const InstanceRow &r : all) {
        if (r.service != service) {
            service = r.service;
            builder.beginService(r.service, r.volume, r.reported);
        }
        if (r.capability < 0)
            continue; // a service with no instance
        const SeenCapabilities::Seen &c = capabilities.list[size_t(r.capability)];
        builder.addInstance(c.id, c.layer, r.standard, r.cost, r.fte);
    }
    return writer.write(orgRef, builder.finish());
}

// Organisation rows (id, commons) whose summary rows are already deleted.
Status rebuildRows(const QSqlDatabase &db, const QList<std::pair<qint64, qint64>> &orgs)
{
    QHash<qint64, LayerMap> layers;
    const QString error = loadLayers(db, &layers);
    if (!error.isEmpty())
        return Status::failure(SummaryWriter::tr("Cannot rebuild the analysis summary: %1").arg(error));
    SummaryWriter writer(db);
    if (!writer.isPrepared())
        return Status::failure(SummaryWriter::tr("Cannot rebuild the analysis summary: %1").arg(writer.errorString()));
    const bool raw = RowInserter::rawHandleUsable(db);
    for (const auto &[org, commons] : orgs) {
        const Status st = rebuildOne(db, raw, writer, org, layers.value(commons));
        if (!st)
            return Status::failure(SummaryWriter::tr("Cannot rebuild the analysis summary: %1").arg(st.error));
    }
    return Status::success();
}

} // namespace

Status rebuildAnalysisSummary(const QSqlDatabase &db, qint64 commonsRef)
{
    QElapsedTimer timer;
    timer.start();
    const QString where = commonsRef > 0 ? QStringLiteral(" WHERE commons_ref = ?") : QString();
    SqlStatement clearCaps(db, QStringLiteral("DELETE FROM capability_summary WHERE org_ref IN (SELECT id FROM organisation")
                                   + where + QLatin1Char(')'));
    SqlStatement clearOrgs(db, QStringLiteral("DELETE FROM org_summary WHERE org_ref IN (SELECT id FROM organisation")
                                   + where + QLatin1Char(')'));
    SqlStatement orgs(db, QStringLiteral("SELECT id, commons_ref FROM organisation") + where + QStringLiteral(" ORDER BY id"));
    const bool ok = commonsRef > 0 ? clearCaps.exec(commonsRef) && clearOrgs.exec(commonsRef) && orgs.exec(commonsRef)
                                   : clearCaps.exec() && clearOrgs.exec() && orgs.exec();
    if (!ok) {
        const QString err = !clearCaps.errorString().trimmed().isEmpty() ? clearCaps.errorString()
                            : !clearOrgs.errorString().trimmed().isEmpty() ? clearOrgs.errorString()
                                                                          : orgs.errorString();
        return Status::failure(SummaryWriter::tr("Cannot rebuild the analysis summary: %1").arg(err));
    }
    QList<std::pair<qint64, qint64>> refs;
    while (orgs.next())
        refs.append({orgs.value(0).toLongLong(), orgs.value(1).toLongLong()});
    orgs.finish();
    const Status st = rebuildRows(db, refs);
    qCInfo(lcCache) << "rebuilt the analysis summary of" << refs.size() << "organisation rows in" << timer.elapsed()
                    << "ms";
    return st;
}

Status rebuildAnalysisSummaryOf(const QSqlDatabase &db, const QList<qint64> &orgRefs)
{
    SqlStatement commons(db, QStringLiteral("SELECT commons_ref FROM organisation WHERE id = ?"));
    SqlStatement clearCaps(db, QStringLiteral("DELETE FROM capability_summary WHERE org_ref = ?"));
    SqlStatement clearOrg(db, QStringLiteral("DELETE FROM org_summary WHERE org_ref = ?"));
    QList<std::pair<qint64, qint64>> refs;
    for (qint64 org : orgRefs) {
        if (!commons.exec(org) || !clearCaps.exec(org) || !clearOrg.exec(org)) {
            const QString err = commons.errorString() + clearCaps.errorString() + clearOrg.errorString();
            return Status::failure(SummaryWriter::tr("Cannot rebuild the analysis summary: %1").arg(err));
        }
        if (commons.next())
            refs.append({org, commons.value(0).toLongLong()});
        commons.finish();
    }
    return rebuildRows(db, refs);
}

Migration analysisSummaryMigration(int version)
{
    Migration m;
    m.version = version;
    m.statements = {
        // position: the capability's first appearance among the organisation's instances
        // (services, then bricks, by position), the order its figure is summed in.
        QStringLiteral(
            "CREATE TABLE capability_summary ("
            " org_ref INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " capability TEXT NOT NULL,"        // effective capability of the instances
            " layer TEXT NOT NULL,"             // their effective layer
            " standard_instances INTEGER NOT NULL,"
            " bespoke_instances INTEGER NOT NULL,"
            " standard_cost REAL NOT NULL,"
            " bespoke_cost REAL NOT NULL,"
            " bespoke_volume REAL,"             // per-transaction units; NULL: unknown
            " bespoke_fte REAL,"                // per-user units; NULL: unknown
            " fte_known REAL NOT NULL,"         // fte of the instances that state one
            " fte_unknown INTEGER NOT NULL,"    // instances that state none
            " PRIMARY KEY (org_ref, capability)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE org_summary ("
            " org_ref INTEGER PRIMARY KEY REFERENCES organisation(id) ON DELETE CASCADE,"
            " services INTEGER NOT NULL,"
            " reported_services INTEGER NOT NULL,"
            " reported_cost REAL,"              // NULL when no service reports one
            " mapped_cost REAL NOT NULL,"
            " share_reported REAL NOT NULL,"
            " share_mapped REAL NOT NULL,"
            " instances INTEGER NOT NULL)"),
    };
    m.run = [](QSqlDatabase &db) { return rebuildAnalysisSummary(db, 0); };
    return m;
}

} // namespace livedna
