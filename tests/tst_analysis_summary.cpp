// The cache's per-organisation, per-capability analysis summary (issue 10 item 8) gives
// exactly what the full computation over every instance gives, field by field and bit for
// bit: on the bundled demo commons and on a generated commons, after a first sync, after a
// second sync that changes one organisation, after a bricks.json change, and after a cache
// of the schema before the summary is migrated. Real SQLite files, the real Syncer.
#include "bench/commonsgenerator.h"
#include "core/analysis/analysiscacheloader.h"
#include "core/analysis/analysissummary.h"
#include "core/analysis/duplication.h"
#include "core/analysis/nationalrollup.h"
#include "core/analysis/publicvalue.h"
#include "core/analysis/scenario.h"
#include "core/analysis/valuerankstore.h"
#include "core/cache/cache.h"
#include "core/cache/cacheschema.h"
#include "core/sync/syncer.h"
#include "core/cache/cachewriter.h"
#include "tests/support/analysisfixture.h"
#include "tests/support/oldcache.h"
#include "tests/support/synchelpers.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <limits>

using namespace livedna;

namespace livedna {
// Found by argument-dependent lookup, also from std::optional's operator==.
static bool operator==(const EstimateRange &a, const EstimateRange &b)
{
    return a.low == b.low && a.central == b.central && a.high == b.high;
}
} // namespace livedna

namespace {

// Exact comparisons: QCOMPARE on doubles is fuzzy, and "equal" here means the same bits.
#define EXACT(a, b)                                                                                      \
    do {                                                                                                 \
        if (!((a) == (b)))                                                                               \
            QFAIL(qPrintable(QStringLiteral("%1 differs: %2 != %3 (%4)")                                 \
                                 .arg(QLatin1String(#a)).arg(describe(a)).arg(describe(b)).arg(where))); \
    } while (false)

QString describe(double v) { return QString::number(v, 'g', 17); }
QString describe(int v) { return QString::number(v); }
QString describe(qint64 v) { return QString::number(v); }
QString describe(const QString &v) { return v; }
QString describe(bool v) { return v ? QStringLiteral("true") : QStringLiteral("false"); }
QString describe(const std::optional<double> &v) { return v ? describe(*v) : QStringLiteral("null"); }
QString describe(const EstimateRange &r)
{
    return QStringLiteral("%1/%2/%3").arg(describe(r.low), describe(r.central), describe(r.high));
}
QString describe(const std::optional<EstimateRange> &r) { return r ? describe(*r) : QStringLiteral("null"); }
QString describe(EstimateStatus s) { return estimateStatusToString(s); }
QString describe(Layer l) { return layerToString(l); }
QString describe(Work w) { return workToString(w); }
QString describe(const QStringList &l) { return l.join(QLatin1Char(',')); }
QString describe(CostBasis b) { return costBasisToString(b); }
QString describe(const std::optional<int> &v) { return v ? QString::number(*v) : QStringLiteral("null"); }
QString describe(const QMap<QString, double> &m)
{
    QStringList parts;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + describe(it.value()));
    return parts.join(QLatin1Char(','));
}

// Organisation code + capability id: the key that means the same on both sides.
QString keyOf(const AnalysisInput &in, const OrgCapabilityFigure &f)
{
    return in.orgs.at(f.org).code + QLatin1Char('/') + in.capabilityIds.at(f.capability);
}

void compareFigure(const AnalysisInput &ia, const OrgCapabilityFigure &a, const AnalysisInput &ib,
                   const OrgCapabilityFigure &b)
{
    const QString where = keyOf(ia, a);
    EXACT(keyOf(ia, a), keyOf(ib, b));
    EXACT(a.standardInstances, b.standardInstances);
    EXACT(a.bespokeInstances, b.bespokeInstances);
    EXACT(a.standardGbp, b.standardGbp);
    EXACT(a.bespokeGbp, b.bespokeGbp);
    EXACT(a.layer, b.layer);
    EXACT(a.bespokeVolume, b.bespokeVolume);
    EXACT(a.bespokeFte, b.bespokeFte);
    EXACT(a.fteKnown, b.fteKnown);
    EXACT(a.fteUnknown, b.fteUnknown);
    EXACT(a.savingGbp, b.savingGbp);
    EXACT(a.estimatedSavingGbp, b.estimatedSavingGbp);
    EXACT(a.estimateStatus, b.estimateStatus);
    EXACT(a.estimateBrick, b.estimateBrick);
    EXACT(a.estimateBrickCostGbp, b.estimateBrickCostGbp);
}

QStringList orgOrder(const AnalysisInput &in, const DuplicationIndex &index, const CapabilityDuplication &c)
{
    QStringList codes;
    for (int fi : c.orgFigures)
        codes << in.orgs.at(index.figures[size_t(fi)].org).code;
    return codes;
}

void compareIndex(const AnalysisInput &ia, const DuplicationIndex &a, const AnalysisInput &ib, const DuplicationIndex &b)
{
    QString where = QStringLiteral("index");
    EXACT(int(a.capabilities.size()), int(b.capabilities.size()));
    EXACT(int(a.figures.size()), int(b.figures.size()));
    for (int i = 0; i < a.capabilities.size(); ++i) {
        const CapabilityDuplication &x = a.capabilities.at(i);
        const CapabilityDuplication &y = b.capabilities.at(i);
        where = x.capabilityId;
        EXACT(x.capabilityId, y.capabilityId);
        EXACT(x.capabilityName, y.capabilityName);
        EXACT(x.layer, y.layer);
        EXACT(x.inCatalogue, y.inCatalogue);
        EXACT(x.organisations, y.organisations);
        EXACT(x.bespokeOrganisations, y.bespokeOrganisations);
        EXACT(x.standardInstances, y.standardInstances);
        EXACT(x.bespokeInstances, y.bespokeInstances);
        EXACT(x.standardGbp, y.standardGbp);
        EXACT(x.bespokeGbp, y.bespokeGbp);
        EXACT(x.standardBrick, y.standardBrick);
        EXACT(x.standardCostGbp, y.standardCostGbp);
        EXACT(x.savingGbp, y.savingGbp);
        EXACT(x.work, y.work);
        EXACT(x.estimatedSavingGbp, y.estimatedSavingGbp);
        EXACT(x.estimateUnknown, y.estimateUnknown);
        EXACT(orgOrder(ia, a, x), orgOrder(ib, b, y));
        for (size_t k = 0; k < x.orgFigures.size(); ++k) {
            compareFigure(ia, a.figures[size_t(x.orgFigures[k])], ib, b.figures[size_t(y.orgFigures[k])]);
            if (QTest::currentTestFailed())
                return;
        }
    }
    where = QStringLiteral("totals");
    int ua = 0, ub = 0;
    EXACT(a.totalEstimatedSaving(&ua), b.totalEstimatedSaving(&ub));
    EXACT(ua, ub);
    EXACT(a.totalSavingGbp(), b.totalSavingGbp());
}

void compareGroup(const RollupGroup &a, const RollupGroup &b)
{
    const QString where = a.scope;
    EXACT(a.scope, b.scope);
    EXACT(a.organisations, b.organisations);
    EXACT(a.mappedOrganisations, b.mappedOrganisations);
    EXACT(a.services, b.services);
    EXACT(a.reportedServices, b.reportedServices);
    EXACT(a.reportedGbp, b.reportedGbp);
    EXACT(a.mappedGbp, b.mappedGbp);
    EXACT(a.shareReportedGbp, b.shareReportedGbp);
    EXACT(a.shareMappedGbp, b.shareMappedGbp);
    EXACT(a.mappedShare, b.mappedShare);
    EXACT(a.estimatedSavingGbp, b.estimatedSavingGbp);
    EXACT(a.estimateUnknown, b.estimateUnknown);
    EXACT(a.perMappedOrganisationGbp, b.perMappedOrganisationGbp);
}

void compareScenario(const QList<ScenarioLine> &a, const QList<ScenarioLine> &b)
{
    QString where = QStringLiteral("scenario");
    EXACT(int(a.size()), int(b.size()));
    for (int i = 0; i < a.size(); ++i) {
        const ScenarioLine &x = a.at(i);
        const ScenarioLine &y = b.at(i);
        where = x.group;
        EXACT(x.group, y.group);
        EXACT(x.organisations, y.organisations);
        EXACT(x.savingGbp, y.savingGbp);
        EXACT(x.realisedGbp, y.realisedGbp);
        EXACT(x.estimateGbp, y.estimateGbp);
        EXACT(x.estimateUnknown, y.estimateUnknown);
        EXACT(x.realisedEstimateGbp, y.realisedEstimateGbp);
        EXACT(x.estimatedOrganisations, y.estimatedOrganisations);
        EXACT(int(x.postRanges.size()), int(y.postRanges.size()));
        for (int p = 0; p < x.postRanges.size(); ++p)
            EXACT(x.postRanges.at(p), y.postRanges.at(p));
    }
}

// The organisations of the cache as the Organisation objects a reader would give, by code.
AnalysisInput recomputed(const Cache &cache)
{
    QStringList codes;
    for (const OrgSummary &o : cache.organisations())
        codes << o.code;
    codes.sort();
    QList<Organisation> orgs;
    for (const QString &code : std::as_const(codes))
        orgs << *cache.organisation(code);
    Catalogue catalogue = cache.catalogue();
    catalogue.reindex();
    return AnalysisInput::fromOrganisations(catalogue, orgs);
}

// Everything the duplication view, the scenario and the roll-up show, from the summary and
// from the full recomputation.
void compareWithRecomputation(const Cache &cache)
{
    const Result<AnalysisSummary> loaded = AnalysisCacheLoader::loadSummary(cache);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    const AnalysisSummary &s = loaded.value();
    const AnalysisInput full = recomputed(cache);
    QVERIFY(!s.figures.empty());

    // The stored rows themselves, against the summary computed from the instances.
    const AnalysisSummary fromFull = AnalysisSummary::fromInput(full);
    {
        QString where = QStringLiteral("stored figures");
        EXACT(int(s.figures.size()), int(fromFull.figures.size()));
        EXACT(s.instanceCount(), qint64(full.instances.size()));
        for (size_t i = 0; i < s.figures.size(); ++i) {
            compareFigure(s.input, s.figures[i], fromFull.input, fromFull.figures[i]);
            if (QTest::currentTestFailed())
                return;
        }
        EXACT(int(s.coverage.size()), int(fromFull.coverage.size()));
        for (size_t o = 0; o < s.coverage.size(); ++o) {
            where = s.input.orgs.at(int(o)).code;
            const RollupCoverage &x = s.coverage[o];
            const RollupCoverage &y = fromFull.coverage[o];
            EXACT(x.services, y.services);
            EXACT(x.reportedServices, y.reportedServices);
            EXACT(x.reportedGbp, y.reportedGbp);
            EXACT(x.mappedGbp, y.mappedGbp);
            EXACT(x.shareReportedGbp, y.shareReportedGbp);
            EXACT(x.shareMappedGbp, y.shareMappedGbp);
            EXACT(x.instances, y.instances);
        }
    }

    const DuplicationIndex a = computeDuplication(s.input, s.figures);
    const DuplicationIndex b = computeDuplication(full);
    compareIndex(s.input, a, full, b);
    if (QTest::currentTestFailed())
        return;

    // The table loader the CLI uses gives the same again.
    const Result<AnalysisInput> table = AnalysisCacheLoader::load(cache);
    QVERIFY(table.ok());
    compareIndex(s.input, a, table.value(), computeDuplication(table.value()));
    if (QTest::currentTestFailed())
        return;

    const NationalRollup ra = NationalRollup::compute(s.input, s.coverage, a);
    const NationalRollup rb = NationalRollup::compute(full, b);
    compareGroup(ra.councils, rb.councils);
    compareGroup(ra.trusts, rb.trusts);
    compareGroup(ra.all, rb.all);
    const ScenarioAssumptions assumptions = ScenarioAssumptions::defaults();
    compareScenario(FrontlineScenario::rollUp(s.input, a, assumptions), FrontlineScenario::rollUp(full, b, assumptions));
    for (int o = 0; o < s.input.orgs.size(); o += 7)
        compareScenario({FrontlineScenario::forOrganisation(s.input, a, o, assumptions)},
                        {FrontlineScenario::forOrganisation(full, b, full.orgIndex(s.input.orgs.at(o).code), assumptions)});
}

// The ranking the sync stored, read back as the value view reads it (its first `limit`
// rows and every organisation), against PublicValue::compute over every service, field by
// field: the same services in the same order with the same bits.
void compareStoredRanking(const Cache &cache, int limit)
{
    const Result<AnalysisInput> loaded = AnalysisCacheLoader::load(cache, QString(), AnalysisCacheLoader::Parts::ServicesOnly);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    const AnalysisInput &full = loaded.value();
    const ValueRanking expected = PublicValue::compute(full, ValueWeights::defaults());
    const Result<ValueRankStore::Top> read = ValueRankStore::loadTop(cache, QString(), limit);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    const ValueRankStore::Top &top = read.value();
    QVERIFY(top.stored);
    QString where = QStringLiteral("counts");
    EXACT(top.totalServices, int(full.services.size()));
    EXACT(int(top.ranking.services.size()), std::min(limit, int(full.services.size())));
    EXACT(int(top.ranking.orgs.size()), int(expected.orgs.size()));
    for (int i = 0; i < top.ranking.services.size(); ++i) {
        const ServiceValue &a = top.ranking.services.at(i);
        const ServiceValue &b = expected.services.at(i);
        const AnalysisService &sa = top.input.services.at(a.service);
        const AnalysisService &sb = full.services.at(b.service);
        where = QStringLiteral("rank %1").arg(i);
        EXACT(top.input.orgs.at(sa.org).code, full.orgs.at(sb.org).code);
        EXACT(top.input.orgs.at(sa.org).name, full.orgs.at(sb.org).name);
        EXACT(sa.id, sb.id);
        EXACT(sa.name, sb.name);
        EXACT(sa.lgsl, sb.lgsl);
        EXACT(sa.volume, sb.volume);
        EXACT(sa.value, sb.value);
        EXACT(sa.cost, sb.cost);
        EXACT(sa.reportedCost, sb.reportedCost);
        EXACT(sa.bricks, sb.bricks);
        EXACT(a.costBasis, b.costBasis);
        EXACT(a.cost, b.cost);
        EXACT(a.quality, b.quality);
        EXACT(a.costPerTransaction, b.costPerTransaction);
        EXACT(a.peerMedianCost, b.peerMedianCost);
        EXACT(a.economy, b.economy);
        EXACT(a.pvi, b.pvi);
    }
    for (int i = 0; i < top.ranking.orgs.size(); ++i) {
        const OrgValue &a = top.ranking.orgs.at(i);
        const OrgValue &b = expected.orgs.at(i);
        where = QStringLiteral("organisation rank %1").arg(i);
        EXACT(top.input.orgs.at(a.org).code, full.orgs.at(b.org).code);
        EXACT(a.services, b.services);
        EXACT(a.scoredServices, b.scoredServices);
        EXACT(a.scoredCostGbp, b.scoredCostGbp);
        EXACT(a.pvi, b.pvi);
    }
}

// Every service and a first screen.
void compareStoredRanking(const Cache &cache)
{
    compareStoredRanking(cache, std::numeric_limits<int>::max());
    if (!QTest::currentTestFailed())
        compareStoredRanking(cache, 17);
}

int scoredServices(const Cache &cache)
{
    QSqlQuery q(cache.database());
    q.exec(QStringLiteral("SELECT SUM(scored_services) FROM value_org_rank"));
    return q.next() ? q.value(0).toInt() : -1;
}

bench::GeneratorOptions smallNational(qint64 version)
{
    bench::GeneratorOptions o;
    o.organisations = 24;
    o.services = 30;
    o.bricksPerService = 8;
    o.version = version;
    return o;
}

// Rewrites the generated commons' bricks.json (a standard brick moves to another
// capability, a capability changes layer) and its index, at a new version.
bool changeCatalogue(const QString &dir, const QList<bench::GeneratedDocument> &docs, qint64 version)
{
    QFile f(QDir(dir).filePath(QStringLiteral("bricks.json")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray bricks = f.readAll();
    f.close();
    const QByteArray moved = "\"id\": \"payments.std-1\", \"name\": \"Standard payments.std-1\", \"capability\": \"payments\"";
    const QByteArray layer = "{\"id\": \"forms\", \"name\": \"Capability forms\", \"layer\": \"overhead\"}";
    if (!bricks.contains(moved) || !bricks.contains(layer))
        return false;
    bricks.replace(moved, "\"id\": \"payments.std-1\", \"name\": \"Standard payments.std-1\", \"capability\": \"identity\"");
    bricks.replace(layer, "{\"id\": \"forms\", \"name\": \"Capability forms\", \"layer\": \"frontline\"}");
    if (!bench::writeBytes(QDir(dir).filePath(QStringLiteral("bricks.json")), bricks))
        return false;
    QList<bench::GeneratedDocument> listed = docs;
    for (bench::GeneratedDocument &d : listed) {
        if (d.org.isEmpty())
            d = bench::describe(d.path, QString(), bricks);
    }
    return bench::writeIndex(dir, listed, version);
}

int summaryRows(const Cache &cache)
{
    QSqlQuery q(cache.database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM capability_summary"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestAnalysisSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoCommons()
    {
        if (!QFile::exists(Syncer::demoSource() + QStringLiteral("/index.json")))
            QSKIP("the demo commons is not in this build (resources/demo)");
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        const Result<SyncReport> r = test::syncOnce(cache, QStringLiteral("demo"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        compareWithRecomputation(cache);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(scoredServices(cache) > 0);
        compareStoredRanking(cache);
    }

    void generatedCommonsThroughResyncAndCatalogueChange()
    {
        QTemporaryDir dir;
        const QString commons = dir.filePath(QStringLiteral("commons"));
        QList<bench::GeneratedDocument> docs;
        QVERIFY(bench::generateCommons(commons, smallNational(1), {}, &docs) > 0);
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        Result<SyncReport> r = test::syncOnce(cache, commons);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const int rows = summaryRows(cache);
        QVERIFY(rows > 24 * 10);
        compareWithRecomputation(cache);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(scoredServices(cache) > 24 * 20);
        compareStoredRanking(cache);
        if (QTest::currentTestFailed())
            return;

        // One organisation changes: its rows are replaced (and now come last by row id).
        const std::optional<AnalysisSummary> before = AnalysisCacheLoader::loadSummary(cache).value();
        QVERIFY(bench::generateCommons(commons, smallNational(2), [](int i) { return i == 3 ? 1 : 0; }, &docs) > 0);
        r = test::syncOnce(cache, commons);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().changed.size(), 1);
        compareWithRecomputation(cache);
        if (QTest::currentTestFailed())
            return;
        // Its services' costs moved the peer medians: the whole ranking was recomputed.
        compareStoredRanking(cache);
        if (QTest::currentTestFailed())
            return;
        const AnalysisSummary after = AnalysisCacheLoader::loadSummary(cache).value();
        const int changedOrg = after.input.orgIndex(bench::orgCode(3));
        double bespokeBefore = 0.0, bespokeAfter = 0.0;
        for (const OrgCapabilityFigure &f : before->figures)
            bespokeBefore += f.org == changedOrg ? f.bespokeGbp : 0.0;
        for (const OrgCapabilityFigure &f : after.figures)
            bespokeAfter += f.org == changedOrg ? f.bespokeGbp : 0.0;
        QVERIFY(bespokeBefore != bespokeAfter); // the summary follows the new document

        // bricks.json changes: standard instances of payments.std-1 now count under
        // identity, and forms is frontline.
        QVERIFY(changeCatalogue(commons, docs, 3));
        r = test::syncOnce(cache, commons);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r.value().changed.contains(QStringLiteral("bricks.json")));
        compareWithRecomputation(cache);
        if (QTest::currentTestFailed())
            return;
        compareStoredRanking(cache); // a catalogue change leaves service costs as they were
        if (QTest::currentTestFailed())
            return;
        const AnalysisSummary moved = AnalysisCacheLoader::loadSummary(cache).value();
        bool formsFrontline = false;
        for (const OrgCapabilityFigure &f : moved.figures) {
            if (moved.input.capabilityIds.at(f.capability) == QLatin1String("forms")) {
                QCOMPARE(f.layer, Layer::Frontline);
                formsFrontline = true;
            }
        }
        QVERIFY(formsFrontline);
    }

    // Fractional pounds make floating-point sums depend on their order: written in reverse
    // code order (row ids no longer follow the codes), the summary still equals the
    // recomputation over organisations in code order, bit for bit.
    void fractionalCostsInAnyRowOrder()
    {
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        Catalogue cat = test::analysisCatalogue();
        cat.reindex();
        QList<Organisation> orgs = test::analysisOrganisations();
        int k = 0;
        for (Organisation &o : orgs) {
            for (Service &s : o.services) {
                s.volume = 1000.0 / 3.0 + k;
                for (BrickInstance &b : s.bricks) {
                    b.annualCostGbp = b.annualCostGbp * 1.1 + 0.1 * (++k);
                    b.fte = 0.1 * k;
                }
            }
        }
        std::reverse(orgs.begin(), orgs.end());
        CacheWriter w(cache.database());
        QVERIFY(w.begin().ok);
        CommonsIndex idx;
        idx.commons = QStringLiteral("fractions");
        idx.title = QStringLiteral("Fractions");
        idx.version = 1;
        idx.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        const Result<qint64> ref =
            w.upsertCommons(idx, QStringLiteral("test"), QStringLiteral("cd").repeated(32), QDateTime::currentDateTimeUtc());
        QVERIFY(ref.ok());
        QVERIFY(w.replaceCatalogue(ref.value(), cat).ok);
        for (const Organisation &o : std::as_const(orgs))
            QVERIFY(w.insertOrganisation(ref.value(), o, cat, QStringLiteral("orgs/%1.json").arg(o.code)).ok);
        QVERIFY(w.commit().ok);
        compareWithRecomputation(cache);
        if (QTest::currentTestFailed())
            return;
        // Written without a sync, nothing ranked them: the view must compute in full...
        const Result<ValueRankStore::Top> none = ValueRankStore::loadTop(cache, QString(), 10);
        QVERIFY(none.ok());
        QVERIFY(!none.value().stored);
        // ...and once ranked, fractional costs and volumes read back with the same bits.
        QVERIFY(cache.database().transaction());
        const Status ranked = ValueRankStore::rebuild(cache.database(), ref.value());
        QVERIFY2(ranked.ok, qPrintable(ranked.error));
        QVERIFY(cache.database().commit());
        compareStoredRanking(cache);
    }

    void oldSchemaCacheIsMigrated()
    {
        QTemporaryDir dir;
        const QString commons = dir.filePath(QStringLiteral("commons"));
        QVERIFY(bench::generateCommons(commons, smallNational(1), {}) > 0);
        const QString current = dir.filePath(QStringLiteral("current.sqlite"));
        {
            Cache cache;
            QVERIFY(cache.open(current).ok);
            const Result<SyncReport> r = test::syncOnce(cache, commons);
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
        }
        // The schema just before the migration that adds the summary, with the same rows.
        const QList<Migration> migrations = cacheMigrations();
        int before = -1;
        for (int i = 0; i < migrations.size(); ++i) {
            if (migrations.at(i).statements.join(QLatin1Char(' ')).contains(QLatin1String("capability_summary")))
                before = i;
        }
        QVERIFY(before > 0);
        const QString older = dir.filePath(QStringLiteral("older.sqlite"));
        const QString error = test::writeOlderCache(current, older, before);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Cache cache;
        QVERIFY(cache.open(older).ok);
        QVERIFY(summaryRows(cache) > 24 * 10);
        compareWithRecomputation(cache);
        if (QTest::currentTestFailed())
            return;
        compareStoredRanking(cache); // the migration ranked the rows already cached
    }

    void readOnlyConnectionReadsTheSummary()
    {
        QTemporaryDir dir;
        const QString commons = dir.filePath(QStringLiteral("commons"));
        QVERIFY(bench::generateCommons(commons, smallNational(1), {}) > 0);
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        QVERIFY(test::syncOnce(cache, commons).ok());
        Cache reader;
        const Status opened = reader.openReadOnly(cache.path());
        QVERIFY2(opened.ok, qPrintable(opened.error));
        const Result<AnalysisSummary> s = AnalysisCacheLoader::loadSummary(reader);
        QVERIFY(s.ok());
        QCOMPARE(s.value().input.orgs.size(), 24);
        QSqlQuery write(reader.database());
        QVERIFY(!write.exec(QStringLiteral("DELETE FROM org_summary"))); // read-only
        Cache missing;
        QVERIFY(!missing.openReadOnly(dir.filePath(QStringLiteral("none.sqlite"))).ok);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisSummary)
#include "tst_analysis_summary.moc"
