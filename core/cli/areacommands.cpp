#include "core/cli/cli.h"

#include "core/area/arearesolver.h"
#include "core/cache/cache.h"
#include "core/importers/constituencyimporter.h"
#include "core/importers/importcommon.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace livedna {

namespace {

// A class only so that lupdate files these texts under "AreaCommands", the context the
// code looks them up in (a free AreaCommands::tr() wrapper left them untranslated in Welsh).
struct AreaCommands
{
    Q_DECLARE_TR_FUNCTIONS(AreaCommands)
};

// Parses; on --help prints and returns false with ExitOk; on error prints and gives ExitUsage.
bool parseArgs(CliContext &ctx, QCommandLineParser &p, const QStringList &arguments, int *code)
{
    p.addHelpOption();
    if (!p.parse(arguments)) {
        *code = ctx.fail(ExitUsage, p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QString text = p.helpText();
        const int options = text.indexOf(QLatin1String(" [options]"));
        if (options > 0 && options < text.indexOf(QLatin1Char('\n')))
            text.replace(0, options, AreaCommands::tr("Usage: %1").arg(arguments.constFirst()));
        ctx.out() << text;
        *code = ExitOk;
        return false;
    }
    return true;
}

// The areas document from the cache, and the names of the organisations of its commons.
int loadAreas(CliContext &ctx, AreaData *data, QHash<QString, QString> *held)
{
    Cache *cache = ctx.cache();
    if (!cache)
        return ExitIo;
    const QByteArray bytes = cache->areas();
    if (bytes.isEmpty())
        return ctx.fail(ExitInvalid, AreaCommands::tr("The cache holds no areas: sync a commons that publishes areas.json, or run "
                                        "'livedna-cli import constituencies DIR'."));
    Result<AreaData> d = AreaData::fromJson(bytes, AreaCommands::tr("areas in the cache"));
    if (!d.ok())
        return ctx.fail(ExitInvalid, d.errorString());
    *data = d.take();
    data->reindex();
    for (const OrgSummary &o : cache->organisations())
        held->insert(o.code, o.name);
    return ExitOk;
}

// The constituencies the arguments name: CODE, --mp NAME or --council CODE.
int chooseConstituencies(CliContext &ctx, const QCommandLineParser &p, const AreaResolver &resolver, QStringList *codes)
{
    if (p.isSet(QStringLiteral("mp"))) {
        *codes = resolver.byMp(p.value(QStringLiteral("mp")));
        if (codes->size() > 1)
            return ctx.fail(ExitUsage, AreaCommands::tr("Several MPs match '%1' (%2); give more of the name.")
                                           .arg(p.value(QStringLiteral("mp")), codes->join(QStringLiteral(", "))));
    } else if (p.isSet(QStringLiteral("council"))) {
        *codes = resolver.byCouncil(p.value(QStringLiteral("council")));
    } else if (p.positionalArguments().size() == 1) {
        *codes = {p.positionalArguments().constFirst().trimmed().toUpper()};
    } else {
        return ctx.fail(ExitUsage, AreaCommands::tr("area needs a constituency code (PCON24CD), --mp NAME or --council CODE."));
    }
    if (codes->isEmpty())
        return ctx.fail(ExitInvalid, AreaCommands::tr("No constituency matches."));
    return ExitOk;
}

int runArea(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(AreaCommands::tr("The councils and NHS acute trusts that serve a 2024 parliamentary constituency, "
                                   "with the share of its residents each covers, from the areas synced into the cache. "
                                   "A council's share is that of the constituency's population living in it (a county's "
                                   "is that of its districts); a trust's is that living in its catchment."));
    p.addPositionalArgument(QStringLiteral("CODE"), AreaCommands::tr("Constituency code, e.g. E14001063."));
    p.addOption({QStringLiteral("mp"), AreaCommands::tr("Find the constituency by its MP's name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("council"), AreaCommands::tr("Every constituency a council (GSS code) serves."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("json"), AreaCommands::tr("Print JSON (an array with --council).")});
    p.addOption({QStringLiteral("min-trust-share"), AreaCommands::tr("Leave out trusts serving less than this share (default 0.01)."), QStringLiteral("X")});
    int code = ExitOk;
    if (!parseArgs(ctx, p, ctx.arguments(), &code))
        return code;
    AreaData data;
    QHash<QString, QString> held;
    if ((code = loadAreas(ctx, &data, &held)) != ExitOk)
        return code;
    AreaResolver resolver(data, held);
    if (p.isSet(QStringLiteral("min-trust-share"))) {
        bool ok = false;
        const double min = p.value(QStringLiteral("min-trust-share")).toDouble(&ok);
        if (!ok || min < 0 || min > 1)
            return ctx.fail(ExitUsage, AreaCommands::tr("--min-trust-share must be a number between 0 and 1."));
        resolver.setMinTrustShare(min);
    }
    QStringList codes;
    if ((code = chooseConstituencies(ctx, p, resolver, &codes)) != ExitOk)
        return code;
    QByteArrayList all;
    for (const QString &c : std::as_const(codes)) {
        const std::optional<AreaResult> r = resolver.resolve(c);
        if (!r)
            return ctx.fail(ExitInvalid, AreaCommands::tr("'%1' is not a 2024 constituency code in the areas data.").arg(c));
        if (p.isSet(QStringLiteral("json")))
            all.append(r->toJsonText(p.isSet(QStringLiteral("council")) ? 2 : 0));
        else
            ctx.out() << r->toText() << '\n';
    }
    if (p.isSet(QStringLiteral("json"))) {
        const bool many = p.isSet(QStringLiteral("council"));
        ctx.out() << (many ? "[\n  " + all.join(",\n  ") + "\n]" : all.constFirst()) << '\n';
    }
    return ExitOk;
}

} // namespace

int runImportConstituencies(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(AreaCommands::tr("The 2024 parliamentary constituencies, their MPs, and the councils and NHS acute "
                                   "trusts that serve them, from a folder holding current_mps.csv, lad24_to_pcon24.json "
                                   "and nhs_trust22_to_ltla21.csv. Writes DIR/areas.json (format livedna-areas/1), which "
                                   "publish lists in index.json's \"extras\" so it syncs with the commons, and loads it "
                                   "into the cache unless --no-cache."));
    p.addPositionalArgument(QStringLiteral("DIR"), AreaCommands::tr("The constituencies folder."));
    p.addOption({QStringLiteral("out"), AreaCommands::tr("Folder to write areas.json into."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("register"), AreaCommands::tr("uk_local_authorities.csv (default DIR/../local-authorities/)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("ods"), AreaCommands::tr("etr_with_header.csv for trust names (default DIR/../nhs-orgs/)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("no-cache"), AreaCommands::tr("Only write --out; leave the cache alone.")});
    int code = ExitOk;
    if (!parseArgs(ctx, p, arguments, &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, AreaCommands::tr("import constituencies needs the constituencies folder."));
    const bool toCache = !p.isSet(QStringLiteral("no-cache"));
    if (!toCache && p.value(QStringLiteral("out")).isEmpty())
        return ctx.fail(ExitUsage, AreaCommands::tr("--no-cache without --out would do nothing."));
    Result<ConstituencyImporter::Output> r = ConstituencyImporter::run(
        {p.positionalArguments().constFirst(), p.value(QStringLiteral("register")), p.value(QStringLiteral("ods"))});
    if (!r.ok()) {
        ctx.err() << r.errorString() << Qt::endl;
        return ExitInvalid;
    }
    ImportReport &report = r.value().report;
    const QByteArray json = r.value().areas.toJson();
    if (!p.value(QStringLiteral("out")).isEmpty()) {
        const Status st = ImportCommon::writeJsonFile(QDir(p.value(QStringLiteral("out"))).filePath(QStringLiteral("areas.json")), json);
        if (!st)
            return ctx.fail(ExitIo, st.error);
        report.written.append(QStringLiteral("areas.json"));
        report.documentsCreated = 1;
    }
    if (toCache) {
        Cache *cache = ctx.cache();
        if (!cache)
            return ExitIo;
        const Status st = cache->setAreas(json);
        if (!st)
            return ctx.fail(ExitIo, st.error);
    }
    ctx.out() << report.toText();
    return ExitOk;
}

QList<CliCommand> areaCommands()
{
    return {
        {QStringLiteral("area"), AreaCommands::tr("The councils and NHS trusts serving a constituency (CODE, --mp NAME or --council CODE)"), runArea},
    };
}

} // namespace livedna
