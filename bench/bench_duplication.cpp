// Full duplication index on a national-scale synthetic commons (default 500 organisations x
// 250 services x 8 bricks = 1,000,000 instances): in memory, and through the cache loader.
// Prints figures; asserts nothing about time.
//   bench_duplication [--orgs N] [--services N] [--bricks N] [--no-cache] [--cache-file PATH]
//   bench_duplication --load CACHE     (time loading an existing cache and indexing it)
#include "core/analysis/analysiscacheloader.h"
#include "core/analysis/analysisinput.h"
#include "core/analysis/duplication.h"
#include "core/analysis/publicvalue.h"
#include "core/analysis/scenario.h"
#include "core/analysis/similarity.h"
#include "core/cache/cache.h"
#include "core/cache/cachewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace livedna;

static Catalogue syntheticCatalogue(int capabilities)
{
    Catalogue c;
    for (int i = 0; i < capabilities; ++i) {
        const QString id = QStringLiteral("cap-%1").arg(i, 3, 10, QLatin1Char('0'));
        c.capabilities.append({id, QStringLiteral("Capability %1").arg(i), i % 3 == 0 ? Layer::Frontline : Layer::Overhead});
        // Two capabilities in three have commons bricks (1-3 of them); the rest have none.
        const int bricks = i % 3 == 2 ? 0 : 1 + i % 3 + (i % 5 == 0 ? 1 : 0);
        for (int b = 0; b < bricks; ++b) {
            CatalogueBrick brick;
            brick.id = id + QStringLiteral(".b%1").arg(b);
            brick.name = brick.id;
            brick.capability = id;
            brick.standardAnnualCostGbp = 2000.0 * (1 + (i * 7 + b * 3) % 20);
            c.bricks.append(brick);
        }
    }
    c.reindex();
    return c;
}

static QList<Organisation> syntheticOrganisations(const Catalogue &cat, int orgs, int services, int bricks)
{
    QRandomGenerator rng(20261122);
    QList<Organisation> list;
    list.reserve(orgs);
    const int caps = int(cat.capabilities.size());
    for (int o = 0; o < orgs; ++o) {
        Organisation org;
        org.code = (o % 5 == 4 ? QStringLiteral("R%1") : QStringLiteral("E%1")).arg(o, 8, 10, QLatin1Char('0'));
        org.name = QStringLiteral("Organisation %1").arg(o);
        org.kind = o % 5 == 4 ? OrgKind::NhsTrust : OrgKind::Council;
        org.period = QStringLiteral("2025-26");
        org.services.reserve(services);
        for (int s = 0; s < services; ++s) {
            Service svc;
            svc.id = QStringLiteral("svc-%1").arg(s);
            svc.name = QStringLiteral("Service %1").arg(s);
            svc.lgsl = 1000 + s;
            svc.volume = double(rng.bounded(100, 50000));
            if (rng.bounded(3) != 0) {
                svc.value.insert(QStringLiteral("outcome"), rng.generateDouble());
                svc.value.insert(QStringLiteral("satisfaction"), rng.generateDouble());
            }
            for (int b = 0; b < bricks; ++b) {
                // Each service draws from a small neighbourhood of capabilities, so
                // compositions of one service resemble each other across organisations.
                const int cap = (s * 3 + int(rng.bounded(bricks + 2))) % caps;
                const Capability &c = cat.capabilities.at(cap);
                BrickInstance inst;
                inst.id = QStringLiteral("b%1").arg(b);
                const QList<const CatalogueBrick *> options = cat.bricksOf(c.id);
                if (!options.isEmpty() && rng.bounded(10) < 4)
                    inst.uses = options.at(int(rng.bounded(int(options.size()))))->id;
                else
                    inst.capability = c.id;
                inst.annualCostGbp = double(rng.bounded(0, 60000));
                svc.bricks.append(inst);
            }
            org.services.append(std::move(svc));
        }
        list.append(std::move(org));
    }
    return list;
}

template<typename F>
static double bestOf(int runs, F f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int orgs = 500, services = 250, bricks = 8;
    bool withCache = true;
    QString cacheFile; // --cache-file keeps the filled cache for inspection
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--orgs") && i + 1 < args.size())
            orgs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--services") && i + 1 < args.size())
            services = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--bricks") && i + 1 < args.size())
            bricks = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--cache-file") && i + 1 < args.size())
            cacheFile = args.at(++i);
        else if (args.at(i) == QLatin1String("--no-cache"))
            withCache = false;
    }
    QTextStream out(stdout);
    QElapsedTimer t;
    // --load PATH: time only loading an existing cache and indexing it (what a user waits for).
    if (const qsizetype li = args.indexOf(QStringLiteral("--load")); li > 0 && li + 1 < args.size()) {
        Cache existing;
        if (const Status st = existing.open(args.at(li + 1)); !st) {
            out << "cannot open the cache: " << st.error << Qt::endl;
            return 3;
        }
        for (int run = 0; run < 3; ++run) {
            t.restart();
            Result<AnalysisInput> r = AnalysisCacheLoader::load(existing, QString(), AnalysisCacheLoader::Parts::NoValueInputs);
            if (!r) {
                out << "load failed: " << r.errorString() << Qt::endl;
                return 3;
            }
            const qint64 loadMs = t.elapsed();
            const DuplicationIndex index = computeDuplication(r.value());
            out << "load " << r.value().instances.size() << " instances: " << loadMs << " ms; load + duplication index: "
                << t.elapsed() << " ms" << Qt::endl;
        }
        return 0;
    }
    t.start();
    const Catalogue cat = syntheticCatalogue(60);
    const QList<Organisation> list = syntheticOrganisations(cat, orgs, services, bricks);
    out << "generated " << orgs << " organisations x " << services << " services x " << bricks << " bricks in "
        << t.elapsed() << " ms" << Qt::endl;
    t.restart();
    const AnalysisInput in = AnalysisInput::fromOrganisations(cat, list);
    out << "analysis table: " << in.instances.size() << " instances built in " << t.elapsed() << " ms" << Qt::endl;

    DuplicationIndex idx;
    const double dupMs = bestOf(5, [&] { idx = computeDuplication(in); });
    out << "duplication index (" << idx.capabilities.size() << " capabilities, " << idx.figures.size()
        << " org x capability figures): best of 5 " << QString::number(dupMs, 'f', 1) << " ms; total saving GBP "
        << QString::number(idx.totalSavingGbp(), 'f', 0) << Qt::endl;
    int opportunities = 0;
    const double savMs = bestOf(3, [&] {
        opportunities = 0;
        for (int o = 0; o < in.orgs.size(); ++o)
            opportunities += int(savingsOpportunities(idx, o).size());
    });
    out << "savings opportunities of every organisation (" << opportunities << "): "
        << QString::number(savMs, 'f', 1) << " ms" << Qt::endl;
    QList<ScenarioLine> lines;
    const double scenMs = bestOf(3, [&] { lines = FrontlineScenario::rollUp(in, idx, ScenarioAssumptions::defaults()); });
    out << "scenario roll-up: " << QString::number(scenMs, 'f', 1) << " ms; nurses (all, 50%): "
        << QString::number(lines.last().posts.value(1), 'f', 0) << Qt::endl;
    ValueRanking ranking;
    const double pviMs = bestOf(3, [&] { ranking = PublicValue::compute(in, ValueWeights::defaults()); });
    out << "public value index over " << ranking.services.size() << " services: " << QString::number(pviMs, 'f', 1)
        << " ms" << Qt::endl;
    ServiceSimilarity sim;
    const double simMs = bestOf(3, [&] { sim = ProcessSimilarity::compute(in, QStringLiteral("lgsl:1000")); });
    out << "similarity of one service across " << sim.members.size() << " organisations (" << sim.jaccard.size()
        << " pairs): " << QString::number(simMs, 'f', 1) << " ms" << Qt::endl;

    if (!withCache)
        return 0;
    QTemporaryDir dir;
    Cache cache;
    const Status st = cache.open(cacheFile.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : cacheFile);
    if (!st) {
        out << "cannot open the cache: " << st.error << Qt::endl;
        return 3;
    }
    t.restart();
    {
        CacheWriter w(cache.database());
        CommonsIndex index;
        index.commons = QStringLiteral("bench");
        index.title = QStringLiteral("National-scale synthetic commons");
        index.version = 1;
        index.published = QDateTime::currentDateTimeUtc();
        Status s = w.begin();
        const Result<qint64> ref = w.upsertCommons(index, QStringLiteral("bench"), QStringLiteral("00").repeated(32),
                                                   QDateTime::currentDateTimeUtc());
        if (s && !ref.ok())
            s = Status::failure(ref.errorString());
        if (s)
            s = w.replaceCatalogue(ref.value(), cat);
        for (int o = 0; s && o < list.size(); ++o)
            s = w.insertOrganisation(ref.value(), list.at(o), cat, QStringLiteral("orgs/%1.json").arg(list.at(o).code));
        if (s)
            s = w.commit();
        if (!s) {
            out << "cannot fill the cache: " << s.error << Qt::endl;
            return 3;
        }
    }
    out << "cache filled in " << t.elapsed() << " ms" << Qt::endl;
    Result<AnalysisInput> loaded;
    const double loadMs = bestOf(3, [&] { loaded = AnalysisCacheLoader::load(cache, QString(), AnalysisCacheLoader::Parts::NoValueInputs); });
    const double loadAllMs = bestOf(1, [&] { (void)AnalysisCacheLoader::load(cache); });
    if (!loaded) {
        out << "load failed: " << loaded.errorString() << Qt::endl;
        return 3;
    }
    DuplicationIndex fromCache;
    const double dup2Ms = bestOf(3, [&] { fromCache = computeDuplication(loaded.value()); });
    out << "cache load (" << loaded.value().instances.size() << " instances): best of 3 "
        << QString::number(loadMs, 'f', 1) << " ms; duplication on it " << QString::number(dup2Ms, 'f', 1)
        << " ms; load + index " << QString::number(loadMs + dup2Ms, 'f', 1) << " ms; load with value inputs "
        << QString::number(loadAllMs, 'f', 1) << " ms; total saving GBP "
        << QString::number(fromCache.totalSavingGbp(), 'f', 0)
        << (qAbs(fromCache.totalSavingGbp() - idx.totalSavingGbp()) < 1.0 ? " (matches in-memory)" : " (DIFFERS)")
        << Qt::endl;
    return 0;
}
