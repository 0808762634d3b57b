// Opening the analysis views at national scale (issue 10 item 8): the synthetic commons of
// bench/commonsgenerator.h (default 500 organisations x 250 services x 8 bricks) is synced
// into a fresh cache, then each view's data is read the way the GUI's worker thread reads
// it (its own read-only connection) and computed:
//   before: the whole analysis table (every instance), as every view loaded it until now;
//   after:  the per-organisation, per-capability summary the sync keeps (duplication,
//           scenario) and the services alone (value ranking).
// Also: what the summary adds to the cold sync, its rebuild (a catalogue change or the
// migration of an old cache) and one drill-down. Prints figures; asserts nothing about time.
//   bench_analysis [--orgs N] [--services N] [--bricks N] [--dir DIR] [--cache PATH] [--runs N] [--after-only]
//   bench_analysis --dir DIR --cache PATH --resyncs    (then: one organisation, then bricks.json changed)
#include "bench/commonsgenerator.h"
#include "core/analysis/analysiscacheloader.h"
#include "core/analysis/duplication.h"
#include "core/analysis/nationalrollup.h"
#include "core/analysis/publicvalue.h"
#include "core/analysis/scenario.h"
#include "core/analysis/valuerankstore.h"
#include "core/cache/cache.h"
#include "core/cache/cachesummary.h"
#include "core/sync/syncer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace livedna;

namespace {

int intArg(const QStringList &args, const QString &name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// The median and the fastest of `runs` runs of `step`, in milliseconds; each run opens its
// own read-only connection, as a worker thread of the GUI does.
struct Timing
{
    double median = 0.0;
    double fastest = 0.0;
};

Timing time(int runs, const std::function<void()> &step)
{
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        step();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front()};
}

void print(const char *what, const Timing &t)
{
    std::printf("  %-58s %9.1f ms (fastest %.1f)\n", what, t.median, t.fastest);
    std::fflush(stdout);
}

Cache *openReader(const QString &path)
{
    auto *c = new Cache;
    const Status st = c->openReadOnly(path);
    if (!st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error));
        std::exit(1);
    }
    return c;
}

template<class T>
T must(Result<T> r)
{
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
        std::exit(1);
    }
    return r.take();
}

void before(const QString &path, int runs)
{
    std::printf("Before: every view loads the whole analysis table (AnalysisCacheLoader::load)\n");
    AnalysisInput in;
    print("load the table (organisations, services, instances)", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              in = must(AnalysisCacheLoader::load(*c));
          }));
    std::printf("    (%d organisations, %d services, %zu instances)\n", int(in.orgs.size()), int(in.services.size()),
                in.instances.size());
    print("open duplication (load + index)", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              const AnalysisInput input = must(AnalysisCacheLoader::load(*c));
              const DuplicationIndex index = computeDuplication(input);
              Q_UNUSED(index);
          }));
    print("open value ranking (load + ranking)", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              const AnalysisInput input = must(AnalysisCacheLoader::load(*c));
              const ValueRanking r = PublicValue::compute(input, ValueWeights::defaults());
              Q_UNUSED(r);
          }));
    print("open scenario (load + index + roll-ups)", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              const AnalysisInput input = must(AnalysisCacheLoader::load(*c));
              const DuplicationIndex index = computeDuplication(input);
              const QList<ScenarioLine> lines = FrontlineScenario::rollUp(input, index, ScenarioAssumptions::defaults());
              const NationalRollup r = NationalRollup::compute(input, index);
              Q_UNUSED(lines);
              Q_UNUSED(r);
          }));
}

void after(const QString &path, int runs)
{
    std::printf("After: the summary kept by the sync (duplication, scenario), the services alone (value)\n");
    AnalysisSummary s;
    print("load the summary", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              s = must(AnalysisCacheLoader::loadSummary(*c));
          }));
    std::printf("    (%d organisations, %zu (organisation, capability) figures for %lld instances)\n",
                int(s.input.orgs.size()), s.figures.size(), static_cast<long long>(s.instanceCount()));
    print("open duplication (summary + index)", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              const AnalysisSummary summary = must(AnalysisCacheLoader::loadSummary(*c));
              const DuplicationIndex index = computeDuplication(summary.input, summary.figures);
              Q_UNUSED(index);
          }));
    print("open value ranking (services + ranking)", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              const AnalysisInput input =
                  must(AnalysisCacheLoader::load(*c, QString(), AnalysisCacheLoader::Parts::ServicesOnly));
              const ValueRanking r = PublicValue::compute(input, ValueWeights::defaults());
              Q_UNUSED(r);
          }));
    int shown = 0, total = 0;
    bool stored = false;
    print("open value ranking (the stored ranking: first 200 rows, every org)", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              const ValueRankStore::Top top = must(ValueRankStore::loadTop(*c, QString(), 200));
              shown = int(top.ranking.services.size());
              total = top.totalServices;
              stored = top.stored;
          }));
    std::printf("    (%s: %d of %d services, then the full ranking above follows in the background)\n",
                stored ? "stored" : "NOT STORED", shown, total);
    AnalysisInput services;
    print("  of which: load the services", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              services = must(AnalysisCacheLoader::load(*c, QString(), AnalysisCacheLoader::Parts::ServicesOnly));
          }));
    print("  of which: the ranking (= a weight edit, off the GUI thread)", time(runs, [&] {
              const ValueRanking r = PublicValue::compute(services, ValueWeights::defaults());
              Q_UNUSED(r);
          }));
    print("open scenario (summary + index + roll-ups)", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              const AnalysisSummary summary = must(AnalysisCacheLoader::loadSummary(*c));
              const DuplicationIndex index = computeDuplication(summary.input, summary.figures);
              const QList<ScenarioLine> lines =
                  FrontlineScenario::rollUp(summary.input, index, ScenarioAssumptions::defaults());
              const NationalRollup r = NationalRollup::compute(summary.input, summary.coverage, index);
              Q_UNUSED(lines);
              Q_UNUSED(r);
          }));
    const DuplicationIndex idx = computeDuplication(s.input, s.figures);
    print("  of which: the index from the summary", time(runs, [&] {
              const DuplicationIndex index = computeDuplication(s.input, s.figures);
              Q_UNUSED(index);
          }));
    print("  of which: the scenario lines", time(runs, [&] {
              const QList<ScenarioLine> lines = FrontlineScenario::rollUp(s.input, idx, ScenarioAssumptions::defaults());
              Q_UNUSED(lines);
          }));
    print("  of which: the national roll-up", time(runs, [&] {
              const NationalRollup r = NationalRollup::compute(s.input, s.coverage, idx);
              Q_UNUSED(r);
          }));
    const QString org = s.input.orgs.isEmpty() ? QString() : s.input.orgs.first().code;
    const QString capability = s.figures.empty() ? QString() : s.input.capabilityIds.at(s.figures.front().capability);
    size_t instances = 0;
    print("drill-down: one organisation's instances of one capability", time(runs, [&] {
              std::unique_ptr<Cache> c(openReader(path));
              instances = must(AnalysisCacheLoader::loadDetail(*c, QString(), org, capability)).instances.size();
          }));
    std::printf("    (%s, %s: %zu instances)\n", qPrintable(org), qPrintable(capability), instances);
}

// The rebuild a catalogue change (or the migration of an old cache) runs, rolled back.
void rebuild(Cache &cache)
{
    QSqlDatabase db = cache.database();
    QElapsedTimer t;
    t.start();
    db.transaction();
    const Status st = rebuildAnalysisSummary(db, 0);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    db.rollback();
    if (!st)
        std::fprintf(stderr, "%s\n", qPrintable(st.error));
    std::printf("Rebuild of the whole summary from the rows (catalogue change, migration): %.0f ms\n", ms);
    t.restart();
    db.transaction();
    const Status ranked = ValueRankStore::rebuild(db, 0);
    const double rankMs = double(t.nsecsElapsed()) / 1e6;
    db.rollback();
    if (!ranked)
        std::fprintf(stderr, "%s\n", qPrintable(ranked.error));
    std::printf("Ranking stored by a sync that wrote any organisation (read, rank, write the packed ranks): %.0f ms\n",
                rankMs);
}

// --resyncs: what a sync that changes one organisation, then one that changes bricks.json,
// costs with the summary and the stored ranking kept, and how much of each is theirs.
// Rewrites the commons (the same documents, then the two changes) and syncs the cache.
int resyncs(Cache &cache, const QString &dir, bench::GeneratorOptions o)
{
    QList<bench::GeneratedDocument> docs;
    if (bench::generateCommons(dir, o, {}, &docs) < 0)
        return 1;
    auto run = [&](const char *what) {
        const qint64 summary0 = SummaryWriter::syncTimeNs(), rank0 = ValueRankStore::syncTimeNs();
        QElapsedTimer t;
        t.start();
        Syncer syncer(&cache);
        const Result<SyncReport> r = syncer.run(dir);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
            return false;
        }
        std::printf("%-44s %8.0f ms; of which the summary %6.0f ms, the value ranking %6.0f ms\n", what, ms,
                    double(SummaryWriter::syncTimeNs() - summary0) / 1e6, double(ValueRankStore::syncTimeNs() - rank0) / 1e6);
        std::fflush(stdout);
        return true;
    };
    o.version = 2;
    const int changed = o.organisations / 2;
    const bench::SyntheticCatalogue catalogue = bench::syntheticCatalogue();
    const QByteArray doc = bench::organisationDocument(catalogue, o, changed, 1);
    bench::writeBytes(QDir(dir).filePath(docs[changed + 1].path), doc);
    docs[changed + 1] = bench::describe(docs[changed + 1].path, docs[changed + 1].org, doc);
    bench::writeIndex(dir, docs, 2);
    if (!run("re-sync, one organisation changed"))
        return 2;
    bench::SyntheticCatalogue changedCatalogue = catalogue;
    changedCatalogue.layers[0] = QStringLiteral("frontline");
    const QByteArray bricks = bench::bricksDocument(changedCatalogue);
    bench::writeBytes(QDir(dir).filePath(QStringLiteral("bricks.json")), bricks);
    docs[0] = bench::describe(QStringLiteral("bricks.json"), QString(), bricks);
    bench::writeIndex(dir, docs, 3);
    return run("re-sync, bricks.json changed (one layer)") ? 0 : 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("livedna.*.info=false\nlivedna.*.debug=false"));
    const QStringList args = app.arguments();
    bench::GeneratorOptions o;
    o.organisations = intArg(args, QStringLiteral("--orgs"), o.organisations);
    o.services = intArg(args, QStringLiteral("--services"), o.services);
    o.bricksPerService = intArg(args, QStringLiteral("--bricks"), o.bricksPerService);
    const int runs = std::max(1, intArg(args, QStringLiteral("--runs"), 5));
    QTemporaryDir tmp;
    const int dirArg = args.indexOf(QStringLiteral("--dir"));
    const QString dir = dirArg >= 0 && dirArg + 1 < args.size() ? args.at(dirArg + 1) : tmp.filePath(QStringLiteral("commons"));

    QElapsedTimer t;
    if (!QFile::exists(QDir(dir).filePath(QStringLiteral("index.json")))) {
        t.start();
        if (bench::generateCommons(dir, o) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(dir));
            return 1;
        }
        std::printf("Generated %d x %d x %d in %.1f s\n", o.organisations, o.services, o.bricksPerService,
                    double(t.elapsed()) / 1000.0);
    }
    // --cache PATH: keep the synced cache there, and reuse it (no sync) when it exists.
    const int cacheArg = args.indexOf(QStringLiteral("--cache"));
    const QString path = cacheArg >= 0 && cacheArg + 1 < args.size() ? args.at(cacheArg + 1)
                                                                     : tmp.filePath(QStringLiteral("cache.sqlite"));
    const bool reuse = QFile::exists(path);
    Cache cache;
    if (!cache.open(path).ok)
        return 1;
    if (!reuse) {
        Syncer syncer(&cache);
        t.start();
        const Result<SyncReport> synced = syncer.run(dir);
        if (!synced.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(synced.errorString()));
            return 1;
        }
        const double syncMs = double(t.elapsed());
        const double summaryMs = double(SummaryWriter::syncTimeNs()) / 1e6;
        const double rankMs = double(ValueRankStore::syncTimeNs()) / 1e6;
        std::printf("Cold sync: %.1f s, of which the analysis summary (sum and write, inserting thread) %.0f ms "
                    "(%.1f%%)\n",
                    syncMs / 1000.0, summaryMs, 100.0 * summaryMs / syncMs);
        std::printf("  and the stored value ranking %.0f ms (%.1f%%)\n", rankMs, 100.0 * rankMs / syncMs);
    }
    if (args.contains(QStringLiteral("--resyncs")))
        return resyncs(cache, dir, o);
    if (!args.contains(QStringLiteral("--after-only")))
        before(path, runs);
    after(path, runs);
    rebuild(cache);
    return 0;
}
