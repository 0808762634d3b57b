#include "core/cache/cachederived.h"

#include "core/cache/cachesummary.h"
#include "core/cache/rowinserter.h"
#include "core/cache/rowreader.h"
#include "core/cache/sqlstatement.h"
#include "core/util/logging.h"

#include <QElapsedTimer>

#include <algorithm>
#include <optional>
#include <ctime>
#include <utility>
#include <vector>

namespace livedna {

namespace {

struct Split
{
    double frontline = 0.0;
    double overhead = 0.0;
};

// One instance of a service: its position and cost, and whether its layer is frontline.
struct InstancePart
{
    qint64 position = 0;
    double cost = 0.0;
    bool frontline = false;
};

// One service of an organisation: its position and split.
struct ServicePart
{
    qint64 position = 0;
    Split split;
};

// measureService() adds each instance to one side in document order, from 0.0; the same
// order gives the same bits.
Split sumService(std::vector<InstancePart> &parts)
{
    std::sort(parts.begin(), parts.end(), [](const InstancePart &a, const InstancePart &b) { return a.position < b.position; });
    Split s;
    for (const InstancePart &p : parts) {
        if (p.frontline)
            s.frontline += p.cost;
        else
            s.overhead += p.cost;
    }
    return s;
}

// CostSplit::operator+= over the services in document order (measureOrganisation()).
Split sumOrganisation(std::vector<ServicePart> &parts)
{
    std::sort(parts.begin(), parts.end(), [](const ServicePart &a, const ServicePart &b) { return a.position < b.position; });
    Split s;
    for (const ServicePart &p : parts) {
        s.frontline += p.split.frontline;
        s.overhead += p.split.overhead;
    }
    return s;
}

// layerOf(): a capability the catalogue lacks counts as overhead.
Layer layerOf(const std::vector<std::pair<QByteArray, Layer>> &layers, const QByteArray &capability)
{
    for (const auto &[id, layer] : layers) {
        if (id == capability)
            return layer;
    }
    return Layer::Overhead;
}

struct SplitUpdate
{
    qint64 row = 0;
    qint64 org = 0;
    Split split;
};

// Writes recomputed frontline / overhead splits into `table` (service or organisation) with
// one prepared statement; the error, or empty.
QString writeSplits(const QSqlDatabase &db, const QString &table, const std::vector<SplitUpdate> &updates)
{
    std::unique_ptr<RowInserter> write = RowInserter::create(db, QStringLiteral(
        "UPDATE %1 SET frontline_cost = ?, overhead_cost = ? WHERE id = ?").arg(table));
    if (!write->isPrepared())
        return write->errorString();
    for (const SplitUpdate &u : updates) {
        write->bindDouble(0, u.split.frontline);
        write->bindDouble(1, u.split.overhead);
        write->bindInt(2, u.row);
        if (!write->exec())
            return write->errorString();
    }
    return QString();
}

// The new split of every marked organisation whose split moved. When most organisations of
// the commons are marked, one scan of the service table reads their services for less than
// an index seek per service.
QString readOrganisationSplits(const QSqlDatabase &db, qint64 commons, bool raw, qsizetype marked,
                               std::vector<SplitUpdate> *updates)
{
    qint64 organisations = 0;
    {
        SqlStatement count(db, QStringLiteral("SELECT COUNT(*) FROM organisation WHERE commons_ref = ?"));
        if (!count.exec(commons) || !count.next())
            return count.errorString();
        organisations = count.value(0).toLongLong();
    }
    const bool scan = qint64(marked) * 4 > organisations;
    RowReader rows(db,
                   scan ? "SELECT o.id, o.frontline_cost, o.overhead_cost, s.position, s.frontline_cost, s.overhead_cost"
                          " FROM service s NOT INDEXED CROSS JOIN organisation o ON o.id = s.org_ref"
                          " WHERE o.commons_ref = ?1 AND o.id IN (SELECT id FROM temp.derived_org)"
                        : "SELECT t.id, o.frontline_cost, o.overhead_cost, s.position, s.frontline_cost, s.overhead_cost"
                          " FROM temp.derived_org t CROSS JOIN organisation o ON o.id = t.id"
                          " CROSS JOIN service s ON s.org_ref = t.id WHERE o.commons_ref = ?1",
                   commons, raw);
    QHash<qint64, std::pair<Split, std::vector<ServicePart>>> byOrg; // stored split, services
    byOrg.reserve(marked);
    while (rows.next()) {
        auto it = byOrg.find(rows.int64(0));
        if (it == byOrg.end())
            it = byOrg.insert(rows.int64(0), {Split{rows.real(1), rows.real(2)}, {}});
        it->second.push_back({rows.int64(3), {rows.real(4), rows.real(5)}});
    }
    if (!rows.error().isEmpty())
        return rows.error();
    for (auto it = byOrg.begin(); it != byOrg.end(); ++it) {
        const Split now = sumOrganisation(it->second);
        const Split &stored = it->first;
        if (now.frontline != stored.frontline || now.overhead != stored.overhead)
            updates->push_back({it.key(), it.key(), now});
    }
    return QString();
}

Status runEach(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        SqlStatement q(db, sql);
        if (!q.exec())
            return Status::failure(q.errorString());
    }
    return Status::success();
}

} // namespace

DerivedRecompute::DerivedRecompute(const QSqlDatabase &db, qint64 commonsRef)
    : m_db(db)
    , m_commons(commonsRef)
{
}

Status DerivedRecompute::failed(const QString &error) const
{
    // The caller (CacheWriter) says what could not be written.
    return Status::failure(error);
}

// The new catalogue's layers, and two scratch tables of the rows to re-sum (in memory:
// CacheWriter::begin() sets temp_store).
Status DerivedRecompute::prepare()
{
    m_raw = RowInserter::rawHandleUsable(m_db);
    {
        SqlStatement count(m_db, QStringLiteral("SELECT COUNT(*) FROM commons"));
        if (!count.exec() || !count.next())
            return failed(count.errorString());
        m_onlyCommons = count.value(0).toLongLong() == 1;
    }
    SqlStatement caps(m_db, QStringLiteral("SELECT id, layer FROM capability WHERE commons_ref = ?"));
    if (!caps.exec(m_commons))
        return failed(caps.errorString());
    while (caps.next()) {
        Layer layer = Layer::Overhead;
        layerFromString(caps.value(1).toString(), &layer);
        m_layers.emplace_back(caps.value(0).toString().toUtf8(), layer);
    }
    const Status st = runEach(m_db, {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS derived_service (id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS derived_org (id INTEGER PRIMARY KEY)"),
        QStringLiteral("DELETE FROM temp.derived_service"),
        QStringLiteral("DELETE FROM temp.derived_org"),
    });
    return st ? st : failed(st.error);
}

Status DerivedRecompute::finish(Status st)
{
    const Status dropped = runEach(m_db, {QStringLiteral("DROP TABLE IF EXISTS temp.derived_service"),
                                          QStringLiteral("DROP TABLE IF EXISTS temp.derived_org")});
    if (st && !dropped)
        return failed(dropped.error);
    return st;
}

Status DerivedRecompute::apply(const CatalogueChange &change)
{
    if (!change.changesRows())
        return Status::success(); // names, costs, products: no cached row depends on them
    QElapsedTimer timer;
    timer.start();
    // For the debug log: at the end of each step, the wall time since the start and the
    // process's CPU time (a shared machine inflates the first), both in ms.
    QList<qint64> steps;
    Status st = prepare();
    if (st)
        st = moveBricks(change.movedBricks);
    for (auto it = change.layers.cbegin(); st && it != change.layers.cend(); ++it)
        st = markServicesWith(it.key());
    steps << timer.elapsed() << qint64(std::clock() * 1000 / CLOCKS_PER_SEC);
    if (st && m_onlyCommons)
        st = markOrganisations(change.layers);
    if (st)
        st = resumServices();
    steps << timer.elapsed() << qint64(std::clock() * 1000 / CLOCKS_PER_SEC);
    if (st)
        st = resumOrganisations();
    steps << timer.elapsed() << qint64(std::clock() * 1000 / CLOCKS_PER_SEC);
    if (st)
        st = relayerSummary(change.layers);
    steps << timer.elapsed() << qint64(std::clock() * 1000 / CLOCKS_PER_SEC);
    qCDebug(lcCache) << "catalogue change steps (move+mark, services, organisations, summary layers) end at"
                     << "(wall ms, process CPU ms)" << steps;
    if (st && !m_summaryOrgs.isEmpty()) {
        st = rebuildAnalysisSummaryOf(m_db, m_summaryOrgs);
        if (!st)
            st = failed(st.error);
    }
    qCInfo(lcCache) << "applied the catalogue change (" << change.layers.size() << "layers," << change.movedBricks.size()
                    << "moved bricks) in" << timer.elapsed() << "ms;" << m_summaryOrgs.size()
                    << "organisation summaries rebuilt";
    return finish(st);
}

Status DerivedRecompute::all()
{
    Status st = prepare();
    if (st) {
        // Standard instances take their capability from the catalogue brick they use.
        SqlStatement q(m_db, QStringLiteral(
            "UPDATE brick_instance SET capability = (SELECT cb.capability FROM catalogue_brick cb"
            " WHERE cb.commons_ref = ? AND cb.id = brick_instance.uses)"
            " WHERE uses IS NOT NULL AND capability IS NOT (SELECT cb.capability FROM catalogue_brick cb"
            " WHERE cb.commons_ref = ? AND cb.id = brick_instance.uses)"
            " AND service_ref IN (SELECT s.id FROM service s JOIN organisation o ON o.id = s.org_ref"
            " WHERE o.commons_ref = ?)"));
        SqlStatement services(m_db, QStringLiteral(
            "INSERT INTO temp.derived_service (id) SELECT s.id FROM service s JOIN organisation o ON o.id = s.org_ref"
            " WHERE o.commons_ref = ?"));
        SqlStatement orgs(m_db, QStringLiteral("SELECT id FROM organisation WHERE commons_ref = ?"));
        if (!q.exec(m_commons, m_commons, m_commons) || !services.exec(m_commons) || !orgs.exec(m_commons))
            st = failed(q.errorString() + services.errorString() + orgs.errorString());
        while (st && orgs.next())
            m_splitOrgs.insert(orgs.value(0).toLongLong());
    }
    if (st)
        st = resumServices();
    if (st)
        st = resumOrganisations();
    if (st) {
        st = rebuildAnalysisSummary(m_db, m_commons);
        if (!st)
            st = failed(st.error);
    }
    return finish(st);
}

// Standard instances of a brick that now belongs to another capability: their capability
// column follows, their services are re-summed and their organisations' summaries rebuilt
// (a figure moves from one capability to another, and first appearances may change order).
Status DerivedRecompute::moveBricks(const QList<CatalogueChange::Brick> &moved)
{
    if (moved.isEmpty())
        return Status::success();
    SqlStatement find(m_db, QStringLiteral(
        "SELECT bi.id, bi.service_ref, s.org_ref FROM brick_instance bi JOIN service s ON s.id = bi.service_ref"
        " JOIN organisation o ON o.id = s.org_ref WHERE bi.capability = ? AND bi.uses = ? AND o.commons_ref = ?"));
    std::unique_ptr<RowInserter> update = RowInserter::create(m_db, QStringLiteral(
        "UPDATE brick_instance SET capability = ? WHERE id = ?"));
    std::unique_ptr<RowInserter> mark = RowInserter::create(m_db, QStringLiteral(
        "INSERT OR IGNORE INTO temp.derived_service (id) VALUES (?)"));
    if (!update->isPrepared() || !mark->isPrepared())
        return failed(update->errorString() + mark->errorString());
    QSet<qint64> orgs;
    for (const CatalogueChange::Brick &b : moved) {
        if (!find.exec(b.from, b.id, m_commons))
            return failed(find.errorString());
        std::vector<std::pair<qint64, qint64>> rows; // instance, service: read before writing
        while (find.next()) {
            rows.emplace_back(find.value(0).toLongLong(), find.value(1).toLongLong());
            orgs.insert(find.value(2).toLongLong());
        }
        find.finish();
        for (const auto &[instance, service] : rows) {
            update->bindText(0, b.to);
            update->bindInt(1, instance);
            mark->bindInt(0, service);
            if (!update->exec() || !mark->exec())
                return failed(update->errorString() + mark->errorString());
        }
    }
    m_summaryOrgs = QList<qint64>(orgs.cbegin(), orgs.cend());
    std::sort(m_summaryOrgs.begin(), m_summaryOrgs.end());
    return Status::success();
}

// Services with an instance of `capability`, from the index alone; rows of other commons
// are dropped when the services are read.
Status DerivedRecompute::markServicesWith(const QString &capability)
{
    SqlStatement q(m_db, QStringLiteral(
        "INSERT OR IGNORE INTO temp.derived_service (id) SELECT service_ref FROM brick_instance WHERE capability = ?"));
    return q.exec(capability) ? Status::success() : failed(q.errorString());
}

// Every marked service of the commons, its instances in document order with the new
// catalogue's layers; only a split that differs is written.
Status DerivedRecompute::resumServices()
{
    // With one commons in the cache (the usual case) every marked service is the commons'
    // and a changed layer changes its split: the instances are read from the index alone,
    // and the organisations to re-sum come from the summary (markOrganisations()).
    const char *sql = m_onlyCommons
                          ? "SELECT t.id, NULL, NULL, NULL, bi.position, bi.capability, bi.cost"
                            " FROM temp.derived_service t CROSS JOIN brick_instance bi ON bi.service_ref = t.id"
                            " WHERE ?1 IS NOT NULL ORDER BY t.id"
                          : "SELECT t.id, s.org_ref, s.frontline_cost, s.overhead_cost, bi.position, bi.capability, bi.cost"
                            " FROM temp.derived_service t CROSS JOIN service s ON s.id = t.id"
                            " CROSS JOIN organisation o ON o.id = s.org_ref"
                            " CROSS JOIN brick_instance bi ON bi.service_ref = t.id"
                            " WHERE o.commons_ref = ?1 ORDER BY t.id";
    std::vector<SplitUpdate> updates;
    {
        RowReader rows(m_db, sql, m_commons, m_raw);
        SplitUpdate current;
        std::optional<Split> stored; // unknown: written whatever it was
        std::vector<InstancePart> parts;
        const auto flush = [&]() {
            const Split now = sumService(parts);
            if (current.row && (!stored || now.frontline != stored->frontline || now.overhead != stored->overhead)) {
                current.split = now;
                updates.push_back(current);
            }
            parts.clear();
        };
        while (rows.next()) {
            if (rows.int64(0) != current.row) {
                flush();
                current.row = rows.int64(0);
                current.org = rows.isNull(1) ? 0 : rows.int64(1);
                stored = rows.isNull(2) ? std::nullopt : std::optional<Split>(Split{rows.real(2), rows.real(3)});
            }
            const bool frontline = layerOf(m_layers, rows.rawText(5)) == Layer::Frontline;
            parts.push_back({rows.int64(4), rows.real(6), frontline});
        }
        flush();
        if (!rows.error().isEmpty())
            return failed(rows.error());
    }
    for (const SplitUpdate &u : updates) {
        if (u.org)
            m_splitOrgs.insert(u.org);
    }
    const QString error = writeSplits(m_db, QStringLiteral("service"), updates);
    return error.isEmpty() ? Status::success() : failed(error);
}

// The organisations with instances of a capability that changed layer (those with a summary
// row for it) and those using a moved brick: the organisations whose split may change.
Status DerivedRecompute::markOrganisations(const QHash<QString, Layer> &layers)
{
    for (qint64 org : std::as_const(m_summaryOrgs))
        m_splitOrgs.insert(org);
    SqlStatement q(m_db, QStringLiteral(
        "SELECT org_ref FROM capability_summary WHERE capability = ?"
        " AND org_ref IN (SELECT id FROM organisation WHERE commons_ref = ?)"));
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        if (!q.exec(it.key(), m_commons))
            return failed(q.errorString());
        while (q.next())
            m_splitOrgs.insert(q.value(0).toLongLong());
    }
    return Status::success();
}

// The organisations whose services' splits changed: their own split is the sum of their
// services' in document order.
Status DerivedRecompute::resumOrganisations()
{
    if (m_splitOrgs.isEmpty())
        return Status::success();
    std::unique_ptr<RowInserter> mark = RowInserter::create(m_db, QStringLiteral(
        "INSERT OR IGNORE INTO temp.derived_org (id) VALUES (?)"));
    if (!mark->isPrepared())
        return failed(mark->errorString());
    for (qint64 org : std::as_const(m_splitOrgs)) {
        mark->bindInt(0, org);
        if (!mark->exec())
            return failed(mark->errorString());
    }
    std::vector<SplitUpdate> updates;
    const QString error = readOrganisationSplits(m_db, m_commons, m_raw, m_splitOrgs.size(), &updates);
    if (!error.isEmpty())
        return failed(error);
    const QString written = writeSplits(m_db, QStringLiteral("organisation"), updates);
    return written.isEmpty() ? Status::success() : failed(written);
}


// A capability that changed layer keeps its figures (counts and sums do not depend on the
// layer): only the layer of its summary rows changes.
Status DerivedRecompute::relayerSummary(const QHash<QString, Layer> &layers)
{
    SqlStatement q(m_db, QStringLiteral(
        "UPDATE capability_summary SET layer = ? WHERE capability = ? AND layer IS NOT ?"
        " AND org_ref IN (SELECT id FROM organisation WHERE commons_ref = ?)"));
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        const QString layer = layerToString(it.value());
        if (!q.exec(layer, it.key(), layer, m_commons))
            return failed(q.errorString());
    }
    return Status::success();
}

} // namespace livedna
