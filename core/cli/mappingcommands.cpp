// livedna-cli mapping (export, import, diff, publish, verify) and coverage: issue 14's
// spreadsheet round trip, "publish my organisation" and mapping coverage (docs/mapping.md).
#include "core/cli/cli.h"

#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/importers/importcommon.h"
#include "core/mapping/mappingcoverage.h"
#include "core/mapping/mappingcsv.h"
#include "core/mapping/orgdiff.h"
#include "core/mapping/orgpublish.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace livedna {

namespace {

class MappingCli
{
    Q_DECLARE_TR_FUNCTIONS(MappingCli)

public:
    static int mapping(CliContext &ctx);
    static int coverage(CliContext &ctx);

private:
    static int exportCsv(CliContext &ctx, const QStringList &args);
    static int importCsv(CliContext &ctx, const QStringList &args);
    static int diff(CliContext &ctx, const QStringList &args);
    static int publish(CliContext &ctx, const QStringList &args);
    static int verify(CliContext &ctx, const QStringList &args);
    static void addPublishOptions(QCommandLineParser &p);

    // Parses; -1 to go on, else the exit code (help printed, or a usage error).
    static int parse(CliContext &ctx, QCommandLineParser &p, const QStringList &args, int positionals);
    static QCommandLineOption commonsOption();
    static QCommandLineOption periodOption();
    static Cache *cacheWith(CliContext &ctx, const QString &commonsId, int *code);
    // The document of FILE, validated against `catalogue`; problems printed with pointers.
    static std::optional<Organisation> readDocument(CliContext &ctx, const QString &file, const Catalogue &catalogue, int *code);
    static int writeBytes(CliContext &ctx, const QString &path, const QByteArray &bytes);
    static bool parseSources(CliContext &ctx, const QStringList &values, QList<Source> *sources);
    // The catalogue a publication is validated against: --bricks, else the commons folder's,
    // else the cache's (`cache` null when it holds none); the bytes to start a commons with go
    // into options->bricksBytes. nullopt after printing why.
    static std::optional<Catalogue> publishCatalogue(CliContext &ctx, const QString &bricksFile, const Cache *cache,
                                                     const QString &commonsId, OrgPublishOptions *options);
};

int MappingCli::parse(CliContext &ctx, QCommandLineParser &p, const QStringList &args, int positionals)
{
    p.addHelpOption();
    if (!p.parse(args))
        return ctx.fail(ExitUsage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QString text = p.helpText();
        const int eol = text.indexOf(QLatin1Char('\n'));
        text.replace(0, eol, tr("Usage: %1 [options]").arg(args.constFirst()));
        ctx.out() << text;
        return ExitOk;
    }
    if (p.positionalArguments().size() != positionals)
        return ctx.fail(ExitUsage, tr("%1 needs %n argument(s) (see --help).", nullptr, positionals).arg(args.constFirst()));
    return -1;
}

QCommandLineOption MappingCli::commonsOption()
{
    return {QStringLiteral("commons"), tr("Which commons of the cache (default: the one synced most recently)."), QStringLiteral("ID")};
}

QCommandLineOption MappingCli::periodOption()
{
    return {QStringLiteral("period"), tr("Which period (default: the organisation's latest)."), QStringLiteral("YYYY-YY")};
}

Cache *MappingCli::cacheWith(CliContext &ctx, const QString &commonsId, int *code)
{
    Cache *cache = ctx.cache();
    if (!cache) {
        *code = ExitIo;
        return nullptr;
    }
    if (!cache->commons(commonsId)) {
        *code = ctx.fail(ExitUsage, commonsId.isEmpty() ? tr("the cache %1 holds no commons; sync one first").arg(cache->path())
                                                        : tr("no commons '%1' in the cache %2").arg(commonsId, cache->path()));
        return nullptr;
    }
    return cache;
}

std::optional<Organisation> MappingCli::readDocument(CliContext &ctx, const QString &file, const Catalogue &catalogue, int *code)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > Publisher::MaxDocumentBytes) {
        *code = ctx.fail(ExitIo, tr("%1: cannot be read (or larger than %2 MiB)").arg(file).arg(Publisher::MaxDocumentBytes >> 20));
        return std::nullopt;
    }
    Result<Organisation> org = OrgPublisher::validate(f.readAll(), file, catalogue);
    if (!org.ok()) {
        ctx.err() << tr("%1 is not a valid organisation document (%n problem(s)):", nullptr, int(org.problems().size())).arg(file)
                  << '\n' << org.errorString() << Qt::endl;
        *code = ExitInvalid;
        return std::nullopt;
    }
    return org.take();
}

int MappingCli::writeBytes(CliContext &ctx, const QString &path, const QByteArray &bytes)
{
    const Status st = ImportCommon::writeJsonFile(path, bytes);
    return st ? ExitOk : ctx.fail(ExitIo, st.error);
}

bool MappingCli::parseSources(CliContext &ctx, const QStringList &values, QList<Source> *sources)
{
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    for (const QString &v : values) {
        const int eq = v.indexOf(QLatin1Char('='));
        const QString id = v.left(eq).trimmed();
        const QString title = eq < 0 ? QString() : v.mid(eq + 1).trimmed();
        if (!idRe.match(id).hasMatch() || title.isEmpty()) {
            ctx.fail(ExitUsage, tr("--source needs ID=TITLE with ID in [a-z0-9][a-z0-9.-]*, not '%1'.").arg(v));
            return false;
        }
        Source s;
        s.id = id;
        s.title = title;
        sources->append(s);
    }
    return true;
}

std::optional<Catalogue> MappingCli::publishCatalogue(CliContext &ctx, const QString &bricksFile, const Cache *cache,
                                                      const QString &commonsId, OrgPublishOptions *o)
{
    QList<Problem> problems;
    std::optional<Catalogue> catalogue;
    if (!bricksFile.isEmpty()) {
        QFile f(bricksFile);
        o->bricksBytes = f.open(QIODevice::ReadOnly) ? f.read(Publisher::MaxDocumentBytes) : QByteArray();
        Result<Catalogue> c = CommonsReader::readBricks(o->bricksBytes, bricksFile);
        if (c.ok())
            catalogue = c.take();
        else
            problems = c.problems();
    } else if (!o->commonsDir.isEmpty()) {
        catalogue = OrgPublisher::commonsCatalogue(o->commonsDir, &problems);
    }
    if (!catalogue && problems.isEmpty() && cache) {
        catalogue = cache->catalogue(commonsId);
        o->bricksBytes = CommonsWriter::catalogueBytes(*catalogue);
    }
    if (!problems.isEmpty())
        ctx.err() << problemsToString(problems) << Qt::endl;
    if (!catalogue)
        ctx.fail(ExitInvalid, tr("no catalogue to validate against: give --bricks FILE, publish into a commons "
                                 "folder, or sync the commons into the cache."));
    return problems.isEmpty() ? catalogue : std::nullopt;
}

int MappingCli::exportCsv(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Writes an organisation's bricks from the cache as a CSV with the columns "
                                   "service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source (one row per "
                                   "brick; a service with no bricks gets one row with only its id), and with --flows "
                                   "its flows as service,from,to,label. Cells a spreadsheet would run as formulas "
                                   "are written with a leading apostrophe."));
    p.addPositionalArgument(QStringLiteral("ORG"), tr("Organisation code."));
    p.addOption({QStringLiteral("out"), tr("The CSV to write."), QStringLiteral("FILE.csv")});
    p.addOption({QStringLiteral("flows"), tr("Also write the flows CSV."), QStringLiteral("FILE.csv")});
    p.addOption(periodOption());
    p.addOption(commonsOption());
    if (const int code = parse(ctx, p, args, 1); code >= 0)
        return code;
    if (p.value(QStringLiteral("out")).isEmpty())
        return ctx.fail(ExitUsage, tr("mapping export needs --out FILE.csv."));
    int code = ExitOk;
    Cache *cache = cacheWith(ctx, p.value(QStringLiteral("commons")), &code);
    if (!cache)
        return code;
    const QString org = p.positionalArguments().constFirst();
    const std::optional<Organisation> doc = cache->organisation(org, p.value(QStringLiteral("commons")), p.value(QStringLiteral("period")));
    if (!doc)
        return ctx.fail(ExitUsage, tr("no organisation '%1' (period %2) in the cache %3")
                                       .arg(org, p.value(QStringLiteral("period")).isEmpty() ? tr("latest") : p.value(QStringLiteral("period")), cache->path()));
    if ((code = writeBytes(ctx, p.value(QStringLiteral("out")), MappingCsv::exportBricks(*doc))) != ExitOk)
        return code;
    if (!p.value(QStringLiteral("flows")).isEmpty()
        && (code = writeBytes(ctx, p.value(QStringLiteral("flows")), MappingCsv::exportFlows(*doc))) != ExitOk)
        return code;
    int bricks = 0;
    for (const Service &s : doc->services)
        bricks += int(s.bricks.size());
    ctx.out() << tr("Wrote %1 (%2 %3): %4 bricks of %5 services.\n")
                     .arg(p.value(QStringLiteral("out")), doc->code, doc->period).arg(bricks).arg(doc->services.size());
    return ExitOk;
}

int MappingCli::importCsv(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Reads a mapping CSV (see mapping export) onto the organisation's document in the "
                                   "cache and writes the result to DIR/orgs/CODE/PERIOD.json, validated. Its services, "
                                   "reported figures and systems are kept; the bricks of every service an imported "
                                   "row names are replaced by the file's. Rows that cannot be imported are skipped "
                                   "and listed with their line; --strict writes nothing when any row is skipped."));
    p.addPositionalArgument(QStringLiteral("FILE.csv"), tr("The mapping CSV."));
    p.addOption({QStringLiteral("flows"), tr("The flows CSV (service,from,to,label)."), QStringLiteral("FILE.csv")});
    p.addOption({QStringLiteral("org"), tr("Organisation code."), QStringLiteral("ORG")});
    p.addOption({QStringLiteral("out"), tr("Folder to write the document into."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("source"), tr("List a source in the document so rows may name it (repeatable)."), QStringLiteral("ID=TITLE")});
    p.addOption({QStringLiteral("strict"), tr("Write nothing when any row is skipped (exit 2).")});
    p.addOption(periodOption());
    p.addOption(commonsOption());
    if (const int code = parse(ctx, p, args, 1); code >= 0)
        return code;
    const QString orgCode = p.value(QStringLiteral("org"));
    const QString out = p.value(QStringLiteral("out"));
    if (orgCode.isEmpty() || out.isEmpty())
        return ctx.fail(ExitUsage, tr("mapping import needs --org ORG and --out DIR."));
    MappingImportOptions o;
    o.csvFile = p.positionalArguments().constFirst();
    o.flowsFile = p.value(QStringLiteral("flows"));
    if (!parseSources(ctx, p.values(QStringLiteral("source")), &o.extraSources))
        return ExitUsage;
    int code = ExitOk;
    const QString commonsId = p.value(QStringLiteral("commons"));
    Cache *cache = cacheWith(ctx, commonsId, &code);
    if (!cache)
        return code;
    const std::optional<Organisation> base = cache->organisation(orgCode, commonsId, p.value(QStringLiteral("period")));
    if (!base)
        return ctx.fail(ExitUsage, tr("no organisation '%1' in the cache %2 to import onto").arg(orgCode, cache->path()));
    const Result<MappingImport> r = MappingImporter::importFiles(*base, cache->catalogue(commonsId), o);
    if (!r.ok()) {
        ctx.err() << tr("Nothing was imported.") << '\n' << r.errorString() << Qt::endl;
        return ExitInvalid;
    }
    ImportReport report = r.value().report;
    if (p.isSet(QStringLiteral("strict")) && !report.skipped.isEmpty()) {
        ctx.out() << report.toText();
        return ctx.fail(ExitInvalid, tr("--strict: %n row(s) skipped, nothing written.", nullptr, int(report.skipped.size())));
    }
    const Organisation &org = r.value().organisation;
    const QString path = ImportCommon::orgDocumentPath(out, org.code, org.period);
    const bool created = !QFileInfo::exists(path);
    if ((code = writeBytes(ctx, path, CommonsWriter::organisationBytes(org))) != ExitOk)
        return code;
    ImportCommon::recordWrite(&report, org, created);
    ctx.out() << report.toText();
    return ExitOk;
}

int MappingCli::diff(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Shows what an organisation document changes against the version in the cache "
                                   "(same organisation and period): services and bricks added, changed and removed, "
                                   "and the change in mapped, frontline and overhead spend."));
    p.addPositionalArgument(QStringLiteral("ORG"), tr("Organisation code."));
    p.addPositionalArgument(QStringLiteral("FILE.json"), tr("The organisation document."));
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption(commonsOption());
    if (const int code = parse(ctx, p, args, 2); code >= 0)
        return code;
    int code = ExitOk;
    const QString commonsId = p.value(QStringLiteral("commons"));
    Cache *cache = cacheWith(ctx, commonsId, &code);
    if (!cache)
        return code;
    const Catalogue catalogue = cache->catalogue(commonsId);
    const std::optional<Organisation> doc = readDocument(ctx, p.positionalArguments().at(1), catalogue, &code);
    if (!doc)
        return code;
    if (doc->code != p.positionalArguments().constFirst())
        return ctx.fail(ExitUsage, tr("the document is %1's, not %2's").arg(doc->code, p.positionalArguments().constFirst()));
    const OrgDiff d = OrgDiff::compute(cache->organisation(doc->code, commonsId, doc->period), *doc, catalogue);
    if (p.isSet(QStringLiteral("json")))
        ctx.out() << QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Indented));
    else
        ctx.out() << d.toText();
    return ExitOk;
}

void MappingCli::addPublishOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(tr("Validates an organisation document (every problem with its JSON pointer), shows "
                                   "its diff against the version in the cache, and publishes it: into a commons "
                                   "folder with --commons DIR (replacing the organisation's document for that period; "
                                   "version + 1; index.json signed with --key), or as one file with --export FILE "
                                   "(signed with --key into FILE.sig) for a central commons to take in."));
    p.addPositionalArgument(QStringLiteral("FILE.json"), tr("The organisation document."));
    p.addOption({QStringLiteral("commons"), tr("The commons folder to publish into."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("export"), tr("Write the one document here instead."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("key"), tr("The organisation's Ed25519 secret key (from keygen)."), QStringLiteral("SECRET.key")});
    p.addOption({QStringLiteral("commons-id"), tr("Commons id, for a first publication into an empty folder."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("title"), tr("Commons title, for a first publication."), QStringLiteral("T")});
    p.addOption({QStringLiteral("bricks"), tr("The catalogue (bricks.json) to validate against and start a commons with "
                                              "(default: the folder's, else the cache's)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("from"), tr("Which commons of the cache to diff against (default: the latest)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("expires-days"), tr("Mark the publication stale after N days (an expiry is not carried over)."), QStringLiteral("N")});
}

int MappingCli::publish(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    addPublishOptions(p);
    if (const int code = parse(ctx, p, args, 1); code >= 0)
        return code;
    OrgPublishOptions o;
    o.commonsDir = p.value(QStringLiteral("commons"));
    o.exportFile = p.value(QStringLiteral("export"));
    if (o.commonsDir.isEmpty() == o.exportFile.isEmpty())
        return ctx.fail(ExitUsage, tr("mapping publish needs either --commons DIR or --export FILE."));
    o.secretKeyFile = p.value(QStringLiteral("key"));
    o.commonsId = p.value(QStringLiteral("commons-id"));
    o.title = p.value(QStringLiteral("title"));
    if (p.isSet(QStringLiteral("expires-days"))) {
        bool ok = false;
        o.expiresDays = p.value(QStringLiteral("expires-days")).toInt(&ok);
        if (!ok || o.expiresDays < 1)
            return ctx.fail(ExitUsage, tr("--expires-days needs a whole number of days ≥ 1."));
    }
    Cache *cache = ctx.cache();
    const QString from = p.value(QStringLiteral("from"));
    const bool cached = cache && cache->commons(from).has_value();
    const std::optional<Catalogue> catalogue = publishCatalogue(ctx, p.value(QStringLiteral("bricks")), cached ? cache : nullptr, from, &o);
    if (!catalogue)
        return ExitInvalid;
    int code = ExitOk;
    const std::optional<Organisation> doc = readDocument(ctx, p.positionalArguments().constFirst(), *catalogue, &code);
    if (!doc)
        return code;
    ctx.out() << tr("%1 is valid.\n").arg(p.positionalArguments().constFirst());
    if (cached)
        ctx.out() << OrgDiff::compute(cache->organisation(doc->code, from, doc->period), *doc, *catalogue).toText();
    else
        ctx.out() << tr("No commons in the cache to compare with: no diff shown.\n");
    bool io = false;
    const Result<OrgPublishResult> r = OrgPublisher::publish(*doc, o, &io);
    if (!r.ok()) {
        ctx.err() << tr("Nothing was published.") << '\n' << r.errorString() << Qt::endl;
        return io ? ExitIo : ExitInvalid;
    }
    if (r.value().publish)
        ctx.out() << r.value().publish->toText();
    else
        ctx.out() << (r.value().signatureFile.isEmpty()
                          ? tr("Exported %1 (not signed).\n").arg(r.value().written)
                          : tr("Exported %1, signed in %2 with public key %3\n").arg(r.value().written, r.value().signatureFile, r.value().publicKey));
    return ExitOk;
}

int MappingCli::verify(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Checks an exported organisation document against its FILE.sig with the "
                                   "organisation's public key (what a central commons runs before taking it in)."));
    p.addPositionalArgument(QStringLiteral("FILE.json"), tr("The exported document."));
    p.addOption({QStringLiteral("key"), tr("The organisation's public key file (SECRET.key.pub)."), QStringLiteral("KEY.pub")});
    if (const int code = parse(ctx, p, args, 1); code >= 0)
        return code;
    if (p.value(QStringLiteral("key")).isEmpty())
        return ctx.fail(ExitUsage, tr("mapping verify needs --key KEY.pub."));
    const QString file = p.positionalArguments().constFirst();
    const Status st = OrgPublisher::verifyExport(file, p.value(QStringLiteral("key")));
    if (!st)
        return ctx.fail(ExitInvalid, tr("%1: the signature does not verify: %2").arg(file, st.error));
    ctx.out() << tr("%1: signature good.\n").arg(file);
    return ExitOk;
}

int MappingCli::mapping(CliContext &ctx)
{
    const QStringList &a = ctx.arguments();
    const QString usage = tr("Usage: livedna-cli mapping export|import|diff|publish|verify ... (each has --help)\n"
                             "  export ORG [--period P] --out FILE.csv [--flows FILE.csv]\n"
                             "  import FILE.csv [--flows F] --org ORG --out DIR [--source ID=TITLE] [--strict]\n"
                             "  diff ORG FILE.json [--json]\n"
                             "  publish FILE.json (--commons DIR | --export ONE.json) [--key SECRET.key]\n"
                             "  verify ONE.json --key KEY.pub\n");
    if (a.size() < 2 || a.at(1) == QLatin1String("--help") || a.at(1) == QLatin1String("-h")) {
        (a.size() < 2 ? ctx.err() : ctx.out()) << usage;
        return a.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString sub = a.at(1);
    const QStringList args = QStringList{a.constFirst() + QLatin1Char(' ') + sub} + a.mid(2);
    if (sub == QLatin1String("export"))
        return exportCsv(ctx, args);
    if (sub == QLatin1String("import"))
        return importCsv(ctx, args);
    if (sub == QLatin1String("diff"))
        return diff(ctx, args);
    if (sub == QLatin1String("publish"))
        return publish(ctx, args);
    if (sub == QLatin1String("verify"))
        return verify(ctx, args);
    ctx.err() << usage;
    return ctx.fail(ExitUsage, tr("unknown mapping command '%1'").arg(sub));
}

int MappingCli::coverage(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Mapping coverage: the share of reported spend mapped into bricks, nationally "
                                   "and per organisation (latest period), by service and by layer of the reported "
                                   "spend. A service counts its bricks up to its reported spend: over-allocation is "
                                   "shown separately, never counted; a service with no positive reported spend is "
                                   "outside the share, which is null where nothing is reported."));
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("org"), tr("Only this organisation."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("by-org"), tr("Also list every organisation and its services.")});
    p.addOption(commonsOption());
    if (const int code = parse(ctx, p, ctx.arguments(), 0); code >= 0)
        return code;
    int code = ExitOk;
    const QString commonsId = p.value(QStringLiteral("commons"));
    Cache *cache = cacheWith(ctx, commonsId, &code);
    if (!cache)
        return code;
    const NationalCoverage n = NationalCoverage::fromCache(*cache, commonsId, p.value(QStringLiteral("org")));
    if (!p.value(QStringLiteral("org")).isEmpty() && n.orgs.isEmpty())
        return ctx.fail(ExitUsage, tr("no organisation '%1' in the cache %2").arg(p.value(QStringLiteral("org")), cache->path()));
    if (p.isSet(QStringLiteral("json")))
        ctx.out() << QString::fromUtf8(QJsonDocument(n.toJson()).toJson(QJsonDocument::Indented));
    else
        ctx.out() << n.toText(p.isSet(QStringLiteral("by-org")) || !p.value(QStringLiteral("org")).isEmpty());
    return ExitOk;
}

} // namespace

QList<CliCommand> mappingCommands()
{
    return {
        {QStringLiteral("mapping"), MappingCli::tr("Map an organisation into bricks: CSV export/import, diff, publish"), &MappingCli::mapping},
        {QStringLiteral("coverage"), MappingCli::tr("Share of reported spend mapped into bricks, by service and layer"), &MappingCli::coverage},
    };
}

} // namespace livedna
