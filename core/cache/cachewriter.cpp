#include "core/cache/cachewriter.h"

#include "core/cache/cachederived.h"
#include "core/cache/cachesummary.h"

#include "core/commons/commonswriter.h"
#include "core/util/logging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVarLengthArray>

namespace livedna {

namespace {

QString sqlDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString documentTypeString(DocumentType t)
{
    switch (t) {
    case DocumentType::Bricks:
        return QStringLiteral("bricks");
    case DocumentType::Lgsl:
        return QStringLiteral("lgsl");
    case DocumentType::Areas:
        return QStringLiteral("areas");
    case DocumentType::Benchmarks:
        return QStringLiteral("benchmarks");
    case DocumentType::Organisation:
        break;
    }
    return QStringLiteral("organisation");
}

// A list of sources as the JSON array the documents carry; empty text when there are none.
QString sourcesJson(const QList<Source> &sources)
{
    if (sources.isEmpty())
        return QString();
    QJsonArray array;
    for (const Source &src : sources)
        array.append(CommonsWriter::sourceJson(src));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

CacheWriter::CacheWriter(const QSqlDatabase &db)
    : m_db(db)
{
}

CacheWriter::~CacheWriter()
{
    if (m_open)
        rollback();
}

Status CacheWriter::fail(const QString &what, const QString &error)
{
    qCWarning(lcCache) << what << error;
    return Status::failure(tr("Cannot write the cache (%1): %2").arg(what, error));
}

Status CacheWriter::begin()
{
    {
        // A bigger page cache and in-memory temp tables keep a national-scale sync off the
        // disk until commit; these are per-connection settings, harmless for readers.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = -131072"));
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    if (!m_db.transaction())
        return fail(QStringLiteral("begin"), m_db.lastError().text());
    m_open = true;
    m_insertOrg = RowInserter::create(m_db, QStringLiteral(
        "INSERT INTO organisation (commons_ref, code, name, kind, type, region, population, neighbours, period,"
        " doc_path, service_count, total_cost, frontline_cost, overhead_cost, reported_cost, brick_count,"
        " bespoke_count, sources, reported_frontline, reported_frontline_services, reported_overhead,"
        " reported_overhead_services, reported_unclassified, reported_unclassified_services, reported_unknown,"
        " latest) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)"));
    m_insertService = RowInserter::create(m_db, QStringLiteral(
        "INSERT INTO service (org_ref, position, sid, name, lgsl, category, volume, value, reported_cost,"
        " total_cost, frontline_cost, overhead_cost, brick_count, bespoke_count, period, layer, has_reported,"
        " reported_employees, reported_running, reported_income, reported_net, reported_source, source,"
        " system_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_insertBrick = RowInserter::create(m_db, QStringLiteral(
        "INSERT INTO brick_instance (service_ref, position, bid, name, uses, capability, declared_capability,"
        " cost, fte, basis, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    m_insertFlow = RowInserter::create(m_db, QStringLiteral(
        "INSERT INTO flow (service_ref, position, from_bid, to_bid, label) VALUES (?,?,?,?,?)"));
    m_insertSystem = RowInserter::create(m_db, QStringLiteral(
        "INSERT INTO service_system (service_ref, position, sid, name, capability, product, source)"
        " VALUES (?,?,?,?,?,?,?)"));
    for (RowInserter *s : {m_insertOrg.get(), m_insertService.get(), m_insertBrick.get(), m_insertFlow.get(),
                           m_insertSystem.get()}) {
        if (!s->isPrepared())
            return fail(QStringLiteral("prepare"), s->errorString());
    }
    m_summary = std::make_unique<SummaryWriter>(m_db);
    if (!m_summary->isPrepared())
        return fail(QStringLiteral("prepare"), m_summary->errorString());
    return Status::success();
}

Status CacheWriter::deferCapabilityIndex()
{
    SqlStatement find(m_db, QStringLiteral(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'brick_instance_capability'"));
    if (!find.exec())
        return fail(QStringLiteral("index"), find.errorString());
    if (!find.next())
        return Status::success(); // not in this schema: nothing to defer
    m_deferredIndexSql = find.value(0).toString();
    find.finish();
    SqlStatement drop(m_db, QStringLiteral("DROP INDEX brick_instance_capability"));
    if (!drop.exec()) {
        m_deferredIndexSql.clear();
        return fail(QStringLiteral("index"), drop.errorString());
    }
    return Status::success();
}

Status CacheWriter::commit()
{
    m_insertOrg.reset();
    m_insertService.reset();
    m_insertBrick.reset();
    m_insertFlow.reset();
    m_insertSystem.reset();
    m_summary.reset();
    if (!m_deferredIndexSql.isEmpty()) {
        // The statement SQLite itself recorded for the index, so it comes back as it was.
        SqlStatement create(m_db, m_deferredIndexSql);
        if (!create.exec()) {
            const QString err = create.errorString();
            rollback();
            return fail(QStringLiteral("index"), err);
        }
        m_deferredIndexSql.clear();
    }
    if (!m_db.commit()) {
        const QString err = m_db.lastError().text();
        rollback();
        return fail(QStringLiteral("commit"), err);
    }
    m_open = false;
    // A big sync leaves a big write-ahead log; fold it back so the file stays compact.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.exec(QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default again
    return Status::success();
}

void CacheWriter::rollback()
{
    m_deferredIndexSql.clear(); // the rollback brings the index back
    // Statements must be finished before SQLite can roll the transaction back.
    m_insertOrg.reset();
    m_insertService.reset();
    m_insertBrick.reset();
    m_insertFlow.reset();
    m_insertSystem.reset();
    m_summary.reset();
    if (m_open && !m_db.rollback())
        qCWarning(lcCache) << "rollback failed" << m_db.lastError().text();
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    }
    m_open = false;
}

Result<qint64> CacheWriter::upsertCommons(const CommonsIndex &index, const QString &source,
                                          const QString &indexSha256, const QDateTime &syncedAt)
{
    const auto failure = [](const Status &st) { return Result<qint64>::failure(QString(), QString(), st.error); };
    SqlStatement find(m_db, QStringLiteral("SELECT id FROM commons WHERE commons_id = ?"));
    if (!find.exec(index.commons))
        return failure(fail(QStringLiteral("commons"), find.errorString()));
    if (find.next()) {
        const qint64 ref = find.value(0).toLongLong();
        find.finish();
        SqlStatement up(m_db, QStringLiteral("UPDATE commons SET title = ?, version = ?, published = ?, expires = ?,"
                                             " source = ?, synced_at = ?, index_sha256 = ? WHERE id = ?"));
        if (!up.exec(index.title, index.version, sqlDate(index.published),
                     SqlStatement::textOrNull(sqlDate(index.expires)), source, sqlDate(syncedAt), indexSha256, ref))
            return failure(fail(QStringLiteral("commons"), up.errorString()));
        return ref;
    }
    SqlStatement ins(m_db, QStringLiteral("INSERT INTO commons (commons_id, title, version, published, expires, source,"
                                          " synced_at, index_sha256) VALUES (?,?,?,?,?,?,?,?)"));
    if (!ins.exec(index.commons, index.title, index.version, sqlDate(index.published),
                  SqlStatement::textOrNull(sqlDate(index.expires)), source, sqlDate(syncedAt), indexSha256))
        return failure(fail(QStringLiteral("commons"), ins.errorString()));
    return ins.query().lastInsertId().toLongLong();
}

Status CacheWriter::touchCommons(qint64 commonsRef, const QString &source, const QDateTime &syncedAt)
{
    SqlStatement up(m_db, QStringLiteral("UPDATE commons SET source = ?, synced_at = ? WHERE id = ?"));
    if (!up.exec(source, sqlDate(syncedAt), commonsRef))
        return fail(QStringLiteral("commons"), up.errorString());
    return Status::success();
}

Status CacheWriter::replaceCatalogue(qint64 commonsRef, const Catalogue &catalogue)
{
    for (const char *table : {"capability", "catalogue_brick", "product"}) {
        // The table names are our own constants, never input.
        SqlStatement del(m_db, QStringLiteral("DELETE FROM %1 WHERE commons_ref = ?").arg(QLatin1String(table)));
        if (!del.exec(commonsRef))
            return fail(QStringLiteral("catalogue"), del.errorString());
    }
    SqlStatement cap(m_db, QStringLiteral("INSERT INTO capability (commons_ref, id, name, layer, position, work, source)"
                                          " VALUES (?,?,?,?,?,?,?)"));
    int pos = 0;
    for (const Capability &c : catalogue.capabilities) {
        if (!cap.exec(commonsRef, c.id, c.name, layerToString(c.layer), pos++,
                      c.work ? QVariant(workToString(*c.work)) : QVariant(), SqlStatement::textOrNull(c.source)))
            return fail(QStringLiteral("capability %1").arg(c.id), cap.errorString());
    }
    Status st = insertCatalogueBricks(commonsRef, catalogue.bricks);
    if (st)
        st = insertProducts(commonsRef, catalogue.products);
    if (!st)
        return st;
    SqlStatement sources(m_db, QStringLiteral("UPDATE commons SET catalogue_sources = ? WHERE id = ?"));
    if (!sources.exec(SqlStatement::textOrNull(sourcesJson(catalogue.sources)), commonsRef))
        return fail(QStringLiteral("catalogue sources"), sources.errorString());
    return Status::success();
}

Status CacheWriter::insertCatalogueBricks(qint64 commonsRef, const QList<CatalogueBrick> &bricks)
{
    SqlStatement brick(m_db, QStringLiteral("INSERT INTO catalogue_brick (commons_ref, id, name, capability, provider,"
                                            " evolution, description, standard_cost, position, source, pricing_unit,"
                                            " pricing_fixed, pricing_per_unit, pricing_source)"
                                            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    int pos = 0;
    for (const CatalogueBrick &b : bricks) {
        const std::optional<Pricing> &p = b.pricing;
        if (!brick.exec(commonsRef, b.id, b.name, b.capability, SqlStatement::textOrNull(b.provider),
                        SqlStatement::textOrNull(b.evolution), SqlStatement::textOrNull(b.description),
                        b.standardAnnualCostGbp, pos++, SqlStatement::textOrNull(b.source),
                        p ? QVariant(pricingUnitToString(p->unit)) : QVariant(),
                        p ? QVariant(p->fixedGbp) : QVariant(), p ? QVariant(p->perUnitGbp) : QVariant(),
                        p ? SqlStatement::textOrNull(p->source) : QVariant()))
            return fail(QStringLiteral("brick %1").arg(b.id), brick.errorString());
    }
    return Status::success();
}

Status CacheWriter::insertProducts(qint64 commonsRef, const QList<Product> &products)
{
    SqlStatement ins(m_db, QStringLiteral("INSERT INTO product (commons_ref, id, name, vendor, capability, source,"
                                          " position) VALUES (?,?,?,?,?,?,?)"));
    int pos = 0;
    for (const Product &p : products) {
        if (!ins.exec(commonsRef, p.id, p.name, SqlStatement::textOrNull(p.vendor), p.capability,
                      SqlStatement::textOrNull(p.source), pos++))
            return fail(QStringLiteral("product %1").arg(p.id), ins.errorString());
    }
    return Status::success();
}

Status CacheWriter::deleteOrganisationAt(qint64 commonsRef, const QString &docPath)
{
    SqlStatement find(m_db, QStringLiteral("SELECT code FROM organisation WHERE commons_ref = ? AND doc_path = ?"));
    if (!find.exec(commonsRef, docPath))
        return fail(docPath, find.errorString());
    QStringList codes;
    while (find.next())
        codes.append(find.value(0).toString());
    find.finish();
    SqlStatement del(m_db, QStringLiteral("DELETE FROM organisation WHERE commons_ref = ? AND doc_path = ?"));
    if (!del.exec(commonsRef, docPath))
        return fail(docPath, del.errorString());
    for (const QString &code : std::as_const(codes)) {
        const Status st = refreshLatest(commonsRef, code);
        if (!st)
            return st;
    }
    return Status::success();
}

Status CacheWriter::refreshLatest(qint64 commonsRef, const QString &code)
{
    // "Latest" is the greatest period string: YYYY-YY sorts as the years do.
    SqlStatement up(m_db, QStringLiteral(
        "UPDATE organisation SET latest = (period = (SELECT MAX(o2.period) FROM organisation o2"
        " WHERE o2.commons_ref = organisation.commons_ref AND o2.code = organisation.code))"
        " WHERE commons_ref = ? AND code = ?"));
    if (!up.exec(commonsRef, code))
        return fail(QStringLiteral("latest period of %1").arg(code), up.errorString());
    return Status::success();
}

Status CacheWriter::insertOrganisation(qint64 commonsRef, const Organisation &org, const Catalogue &catalogue,
                                       const QString &docPath, bool *duplicate)
{
    if (duplicate)
        *duplicate = false;
    // Organisation totals go in with the row, so measure first.
    QList<CostSplit> splits;
    splits.reserve(org.services.size());
    CostSplit total;
    for (const Service &s : org.services) {
        splits.append(measureService(s, catalogue));
        total += splits.last();
    }
    if (!bindOrganisation(commonsRef, org, docPath, total).exec()) {
        const QString err = m_insertOrg->errorString();
        if (err.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)) {
            if (duplicate)
                *duplicate = true;
            return Status::failure(org.period.isEmpty()
                                       ? tr("%1: organisation %2 is published by more than one document.").arg(docPath, org.code)
                                       : tr("%1: organisation %2 is published by more than one document for %3.")
                                             .arg(docPath, org.code, org.period));
        }
        return fail(docPath, err);
    }
    const qint64 orgRef = m_insertOrg->lastInsertId();
    // The analysis summary is summed from the instances as they are written (the same
    // OrgSummaryBuilder summariseOrganisation() uses) and goes in with them.
    OrgSummaryBuilder building;
    m_building = &building;
    for (int sIndex = 0; sIndex < org.services.size(); ++sIndex) {
        const Status st = insertService(orgRef, sIndex, org.services.at(sIndex), splits.at(sIndex), catalogue, docPath);
        if (!st) {
            m_building = nullptr;
            return st;
        }
    }
    m_building = nullptr;
    QElapsedTimer summaryTime;
    summaryTime.start();
    const Status summary = m_summary->write(orgRef, building.finish());
    SummaryWriter::addSyncTime(summaryTime.nsecsElapsed());
    if (!summary)
        return fail(docPath, summary.error);
    return refreshLatest(commonsRef, org.code);
}

RowInserter &CacheWriter::bindOrganisation(qint64 commonsRef, const Organisation &org, const QString &docPath,
                                           const CostSplit &total)
{
    QJsonArray neighbours;
    for (const QString &n : org.neighbours)
        neighbours.append(n);
    const ReportedSplit reported = reportedSplit(org);
    RowInserter &o = *m_insertOrg;
    o.bindInt(0, commonsRef);
    o.bindText(1, org.code);
    o.bindText(2, org.name);
    o.bindText(3, orgKindToString(org.kind));
    o.bindTextOrNull(4, org.type);
    o.bindTextOrNull(5, org.region);
    o.bindOptional(6, org.population);
    o.bindText(7, compactJson(neighbours));
    o.bindText(8, org.period);
    o.bindText(9, docPath);
    o.bindInt(10, org.services.size());
    o.bindDouble(11, total.total);
    o.bindDouble(12, total.frontline);
    o.bindDouble(13, total.overhead);
    o.bindOptional(14, total.reported);
    o.bindInt(15, total.bricks);
    o.bindInt(16, total.bespoke);
    o.bindTextOrNull(17, sourcesJson(org.sources));
    o.bindOptional(18, reported.frontlineGbp());
    o.bindInt(19, reported.frontlineServices);
    o.bindOptional(20, reported.overheadGbp());
    o.bindInt(21, reported.overheadServices);
    o.bindOptional(22, reported.unclassifiedGbp());
    o.bindInt(23, reported.unclassifiedServices);
    o.bindInt(24, reported.unknown);
    return o;
}

Status CacheWriter::insertService(qint64 orgRef, int sIndex, const Service &s, const CostSplit &split,
                                  const Catalogue &catalogue, const QString &docPath)
{
    RowInserter &si = *m_insertService;
    si.bindInt(0, orgRef);
    si.bindInt(1, sIndex);
    si.bindText(2, s.id);
    si.bindText(3, s.name);
    si.bindOptional(4, s.lgsl);
    si.bindTextOrNull(5, s.category);
    si.bindOptional(6, s.volume);
    if (s.value.isEmpty()) {
        si.bindNull(7);
    } else {
        QJsonObject value;
        for (auto it = s.value.cbegin(); it != s.value.cend(); ++it)
            value.insert(it.key(), it.value());
        si.bindText(7, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    }
    si.bindOptional(8, s.reportedCostGbp);
    si.bindDouble(9, split.total);
    si.bindDouble(10, split.frontline);
    si.bindDouble(11, split.overhead);
    si.bindInt(12, split.bricks);
    si.bindInt(13, split.bespoke);
    si.bindTextOrNull(14, s.period);
    si.bindTextOrNull(15, s.layer ? layerToString(*s.layer) : QString());
    si.bindInt(16, s.reported ? 1 : 0);
    const Reported reported = s.reported.value_or(Reported());
    si.bindOptional(17, reported.employeesGbp);
    si.bindOptional(18, reported.runningGbp);
    si.bindOptional(19, reported.incomeGbp);
    si.bindOptional(20, reported.netGbp);
    si.bindTextOrNull(21, reported.source);
    si.bindTextOrNull(22, s.source);
    si.bindInt(23, s.systems.size());
    if (!si.exec())
        return fail(QStringLiteral("%1 /services/%2").arg(docPath).arg(sIndex), si.errorString());
    const qint64 serviceRef = si.lastInsertId();
    if (m_building)
        m_building->beginService(serviceRef, s.volume, s.reportedCostGbp);
    const QString where = QStringLiteral("%1 /services/%2").arg(docPath).arg(sIndex);
    Status st = insertBricks(serviceRef, s.bricks, catalogue, where);
    if (st)
        st = insertFlows(serviceRef, s.flows, where);
    if (st)
        st = insertSystems(serviceRef, s.systems, where);
    return st;
}

Status CacheWriter::insertBricks(qint64 serviceRef, const QList<BrickInstance> &bricks, const Catalogue &catalogue,
                                 const QString &where)
{
    RowInserter &bi = *m_insertBrick;
    QVarLengthArray<std::pair<QString, Layer>, 16> effective; // for the analysis summary
    for (int bIndex = 0; bIndex < bricks.size(); ++bIndex) {
        const BrickInstance &b = bricks.at(bIndex);
        bi.bindInt(0, serviceRef);
        bi.bindInt(1, bIndex);
        bi.bindText(2, b.id);
        bi.bindTextOrNull(3, b.name);
        bi.bindTextOrNull(4, b.uses);
        // capabilityOf() once: the summary takes it too, with its layer (layerOf()), which
        // is the capability's and not stored per instance.
        const QString capability = capabilityOf(b, catalogue);
        bi.bindText(5, capability);
        if (b.isStandard())
            bi.bindTextOrNull(6, b.capability);
        else
            bi.bindNull(6);
        if (m_building) {
            const Capability *c = catalogue.capability(capability);
            effective.append({capability, c ? c->layer : Layer::Overhead});
        }
        bi.bindDouble(7, b.annualCostGbp);
        bi.bindOptional(8, b.fte);
        // Published is the default, so only an estimate is marked.
        bi.bindTextOrNull(9, b.basis == Basis::Estimated ? basisToString(b.basis) : QString());
        bi.bindTextOrNull(10, b.source);
        if (!bi.exec())
            return fail(QStringLiteral("%1/bricks/%2").arg(where).arg(bIndex), bi.errorString());
    }
    if (m_building) {
        // Timed apart so the benchmark can say what the summary adds to a sync.
        QElapsedTimer summing;
        summing.start();
        for (int i = 0; i < effective.size(); ++i) {
            const BrickInstance &b = bricks.at(i);
            m_building->addInstance(effective.at(i).first, effective.at(i).second, b.isStandard(), b.annualCostGbp, b.fte);
        }
        SummaryWriter::addSyncTime(summing.nsecsElapsed());
    }
    return Status::success();
}

Status CacheWriter::insertFlows(qint64 serviceRef, const QList<Flow> &flows, const QString &where)
{
    RowInserter &fi = *m_insertFlow;
    for (int fIndex = 0; fIndex < flows.size(); ++fIndex) {
        const Flow &f = flows.at(fIndex);
        fi.bindInt(0, serviceRef);
        fi.bindInt(1, fIndex);
        fi.bindText(2, f.from);
        fi.bindText(3, f.to);
        fi.bindTextOrNull(4, f.label);
        if (!fi.exec())
            return fail(QStringLiteral("%1/flows/%2").arg(where).arg(fIndex), fi.errorString());
    }
    return Status::success();
}

Status CacheWriter::insertSystems(qint64 serviceRef, const QList<SystemUse> &systems, const QString &where)
{
    RowInserter &yi = *m_insertSystem;
    for (int yIndex = 0; yIndex < systems.size(); ++yIndex) {
        const SystemUse &y = systems.at(yIndex);
        yi.bindInt(0, serviceRef);
        yi.bindInt(1, yIndex);
        yi.bindText(2, y.id);
        yi.bindText(3, y.name);
        yi.bindText(4, y.capability);
        yi.bindTextOrNull(5, y.product);
        yi.bindTextOrNull(6, y.source);
        if (!yi.exec())
            return fail(QStringLiteral("%1/systems/%2").arg(where).arg(yIndex), yi.errorString());
    }
    return Status::success();
}

QList<Problem> CacheWriter::unresolvedReferences(qint64 commonsRef, const CatalogueChange &change, int limit)
{
    QList<Problem> problems;
    // Only instances of what the change removed can lose their reference: a standard one
    // still carries its brick's old capability, a bespoke one its own (both indexed).
    SqlStatement q(m_db, QStringLiteral(
        "SELECT o.doc_path, s.position, bi.position"
        " FROM brick_instance bi JOIN service s ON s.id = bi.service_ref JOIN organisation o ON o.id = s.org_ref"
        " WHERE bi.capability = ? AND ((? IS NULL AND bi.uses IS NULL) OR bi.uses = ?) AND o.commons_ref = ?"
        " ORDER BY o.doc_path, s.position, bi.position LIMIT ?"));
    QList<std::pair<QString, QString>> lookFor; // capability, brick (empty: bespoke instances)
    for (const CatalogueChange::Brick &b : change.removedBricks)
        lookFor.append({b.from, b.id});
    for (const QString &c : change.removedCapabilities)
        lookFor.append({c, QString()});
    for (const auto &[capability, brick] : std::as_const(lookFor)) {
        if (problems.size() >= limit)
            break;
        const QVariant uses = brick.isEmpty() ? QVariant() : QVariant(brick);
        if (!q.exec(capability, uses, uses, commonsRef, limit - int(problems.size()))) {
            problems.append({QString(), QString(), tr("Cannot check references: %1").arg(q.errorString())});
            return problems;
        }
        while (q.next()) {
            const QString pointer = QStringLiteral("/services/%1/bricks/%2").arg(q.value(1).toInt()).arg(q.value(2).toInt());
            if (!brick.isEmpty()) {
                problems.append({q.value(0).toString(), pointer + QStringLiteral("/uses"),
                                 tr("the new bricks.json no longer has the brick \"%1\"").arg(brick)});
            } else {
                problems.append({q.value(0).toString(), pointer + QStringLiteral("/capability"),
                                 tr("the new bricks.json no longer has the capability \"%1\"").arg(capability)});
            }
        }
    }
    return problems;
}

Status CacheWriter::recomputeDerived(qint64 commonsRef)
{
    QElapsedTimer summaryTime;
    summaryTime.start();
    const Status st = DerivedRecompute(m_db, commonsRef).all();
    SummaryWriter::addSyncTime(summaryTime.nsecsElapsed());
    return st ? st : fail(QStringLiteral("recompute"), st.error);
}

Status CacheWriter::recomputeDerived(qint64 commonsRef, const CatalogueChange &change)
{
    QElapsedTimer summaryTime;
    summaryTime.start();
    const Status st = DerivedRecompute(m_db, commonsRef).apply(change);
    SummaryWriter::addSyncTime(summaryTime.nsecsElapsed());
    return st ? st : fail(QStringLiteral("recompute"), st.error);
}

Status CacheWriter::replaceDocuments(qint64 commonsRef, const QList<IndexEntry> &documents)
{
    SqlStatement del(m_db, QStringLiteral("DELETE FROM document WHERE commons_ref = ?"));
    if (!del.exec(commonsRef))
        return fail(QStringLiteral("documents"), del.errorString());
    SqlStatement ins(m_db, QStringLiteral("INSERT INTO document (commons_ref, path, type, org, sha256, bytes, period)"
                                          " VALUES (?,?,?,?,?,?,?)"));
    for (const IndexEntry &e : documents) {
        if (!ins.exec(commonsRef, e.path, documentTypeString(e.type), SqlStatement::textOrNull(e.org), e.sha256, e.bytes,
                      SqlStatement::textOrNull(e.period)))
            return fail(e.path, ins.errorString());
    }
    return Status::success();
}

Status CacheWriter::replaceLgsl(const QList<LgslService> &services)
{
    SqlStatement clear(m_db, QStringLiteral("DELETE FROM lgsl"));
    if (!clear.exec())
        return fail(QStringLiteral("lgsl"), clear.errorString());
    SqlStatement ins(m_db, QStringLiteral("INSERT INTO lgsl (id, label, status, description, tier) VALUES (?, ?, ?, ?, ?)"));
    for (const LgslService &s : services) {
        if (!ins.exec(s.id, s.label, s.status, SqlStatement::textOrNull(s.description), SqlStatement::textOrNull(s.tier)))
            return fail(QStringLiteral("LGSL %1").arg(s.id), ins.errorString());
    }
    return Status::success();
}

Status CacheWriter::addHistory(qint64 commonsRef, qint64 version, const QDateTime &acceptedAt,
                               const QString &indexSha256, const QString &source, const QStringList &added,
                               const QStringList &changed, const QStringList &removed)
{
    SqlStatement ins(m_db, QStringLiteral("INSERT INTO index_history (commons_ref, version, accepted_at, index_sha256, source)"
                                          " VALUES (?,?,?,?,?)"));
    if (!ins.exec(commonsRef, version, sqlDate(acceptedAt), indexSha256, source))
        return fail(QStringLiteral("history"), ins.errorString());
    const qint64 ref = ins.query().lastInsertId().toLongLong();
    SqlStatement change(m_db, QStringLiteral("INSERT INTO index_history_change (history_ref, path, change) VALUES (?,?,?)"));
    const auto addAll = [&](const QStringList &paths, const QString &kind) {
        for (const QString &p : paths) {
            if (!change.exec(ref, p, kind))
                return false;
        }
        return true;
    };
    if (!addAll(added, QStringLiteral("added")) || !addAll(changed, QStringLiteral("changed"))
        || !addAll(removed, QStringLiteral("removed")))
        return fail(QStringLiteral("history"), change.errorString());
    return Status::success();
}

} // namespace livedna
