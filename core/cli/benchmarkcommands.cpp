#include "core/cli/cli.h"

#include "core/analysis/peerbenchmark.h"
#include "core/cache/cache.h"
#include "core/importers/benchmarkimporter.h"
#include "core/importers/importcommon.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>

namespace livedna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BenchmarkCommands", text);
}

// Parses; on --help prints and returns false with ExitOk; on error prints and gives ExitUsage.
bool parseArgs(CliContext &ctx, QCommandLineParser &p, const QStringList &arguments, int *code)
{
    p.addHelpOption();
    if (!p.parse(arguments)) {
        *code = ctx.fail(ExitUsage, p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out() << p.helpText();
        *code = ExitOk;
        return false;
    }
    return true;
}

int runBenchmark(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("A council's spend per head by service (reported net cost over population) beside "
                                   "its class's published distribution (p10, p25, median, p75, p90) for the closest "
                                   "year, and beside its neighbours, every figure with its source. Reads the "
                                   "benchmarks and the organisations synced into the cache (offline)."));
    p.addPositionalArgument(QStringLiteral("ORG"), tr("The council's GSS code, e.g. E06000001."));
    p.addOption({QStringLiteral("period"), tr("Financial year (default: the latest)."), QStringLiteral("YYYY-YY")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int code = ExitOk;
    if (!parseArgs(ctx, p, ctx.arguments(), &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, tr("benchmark needs an organisation code."));
    Cache *cache = ctx.cache();
    if (!cache)
        return ExitIo;
    const Result<PeerBenchmark> b = PeerBenchmarks::fromCache(*cache, p.positionalArguments().constFirst().trimmed(),
                                                              p.value(QStringLiteral("period")));
    if (!b.ok())
        return ctx.fail(ExitInvalid, b.errorString());
    if (p.isSet(QStringLiteral("json")))
        ctx.out() << QJsonDocument(PeerBenchmarks::toJson(b.value())).toJson(QJsonDocument::Indented);
    else
        ctx.out() << PeerBenchmarks::toText(b.value());
    return ExitOk;
}

} // namespace

int runImportBenchmarks(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Peer benchmarks of council spend per head from a folder holding "
                                   "ro_per_head_distributions.csv, library_spend_per_head_2024-25.csv and "
                                   "county_dispersion_gross.csv. Writes DIR/benchmarks.json (format "
                                   "livedna-benchmarks/1), which publish lists in index.json's \"extras\" so it syncs "
                                   "with the commons, and loads it into the cache unless --no-cache."));
    p.addPositionalArgument(QStringLiteral("DIR"), tr("The benchmarks folder."));
    p.addOption({QStringLiteral("out"), tr("Folder to write benchmarks.json into."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("no-cache"), tr("Only write --out; leave the cache alone.")});
    int code = ExitOk;
    if (!parseArgs(ctx, p, arguments, &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, tr("import benchmarks needs the benchmarks folder."));
    const bool toCache = !p.isSet(QStringLiteral("no-cache"));
    if (!toCache && p.value(QStringLiteral("out")).isEmpty())
        return ctx.fail(ExitUsage, tr("--no-cache without --out would do nothing."));
    Result<BenchmarkImporter::Output> r = BenchmarkImporter::run(p.positionalArguments().constFirst());
    if (!r.ok()) {
        ctx.err() << r.errorString() << Qt::endl;
        return ExitInvalid;
    }
    ImportReport &report = r.value().report;
    const QByteArray json = r.value().benchmarks.toJson();
    if (!p.value(QStringLiteral("out")).isEmpty()) {
        const Status st = ImportCommon::writeJsonFile(
            QDir(p.value(QStringLiteral("out"))).filePath(QStringLiteral("benchmarks.json")), json);
        if (!st)
            return ctx.fail(ExitIo, st.error);
        report.written.append(QStringLiteral("benchmarks.json"));
        report.documentsCreated = 1;
    }
    if (toCache) {
        Cache *cache = ctx.cache();
        if (!cache)
            return ExitIo;
        const Status st = cache->setBenchmarks(json);
        if (!st)
            return ctx.fail(ExitIo, st.error);
    }
    ctx.out() << report.toText();
    return ExitOk;
}

QList<CliCommand> benchmarkCommands()
{
    return {
        {QStringLiteral("benchmark"), tr("A council's spend per head by service against its class and neighbours (ORG [--json])"),
         runBenchmark},
    };
}

} // namespace livedna
