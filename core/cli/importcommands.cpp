#include "core/cli/cli.h"

#include "core/cache/cache.h"
#include "core/commons/commonswriter.h"
#include "core/importers/councilimporter.h"
#include "core/importers/coverage.h"
#include "core/importers/ericimporter.h"
#include "core/importers/nhsrecordsimporter.h"
#include "core/importers/realcatalogue.h"
#include "core/importers/rsximporter.h"
#include "core/importers/systemsimporter.h"
#include "core/importers/importcommon.h"
#include "core/importers/lgslimporter.h"
#include "core/importers/nhstrustimporter.h"
#include "core/importers/orukimporter.h"
#include "core/importers/spendingimporter.h"
#include "core/publish/publisher.h"
#include "core/publish/signature.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace livedna {

namespace {

// A class of its own so that lupdate files these texts under the context asked for at run
// time (a free tr() wrapper is filed under the enclosing namespace or class instead).
struct ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

// Parses; on --help prints and returns ExitOk through *code; on error prints and sets ExitUsage.
bool parse(CliContext &ctx, QCommandLineParser &p, int *code, const QStringList &arguments = {})
{
    p.addHelpOption();
    if (!p.parse(arguments.isEmpty() ? ctx.arguments() : arguments)) {
        *code = ctx.fail(ExitUsage, p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        // Qt's first line names the executable's path; show the command as typed instead.
        QString text = p.helpText();
        const int options = text.indexOf(QLatin1String(" [options]"));
        if (options > 0 && options < text.indexOf(QLatin1Char('\n')))
            text.replace(0, options, ImportCommands::tr("Usage: %1").arg((arguments.isEmpty() ? ctx.arguments() : arguments).constFirst()));
        ctx.out() << text;
        *code = ExitOk;
        return false;
    }
    return true;
}

int reportResult(CliContext &ctx, const Result<ImportReport> &r)
{
    if (!r.ok()) {
        ctx.err() << r.errorString() << Qt::endl;
        return ExitInvalid;
    }
    ctx.out() << r.value().toText();
    return ExitOk;
}

int runPublish(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(ImportCommands::tr("Publish a folder of commons documents (bricks.json, organisation documents, "
                                   "optional lgsl.json) as a commons in OUT: validated, indexed with hashes, "
                                   "version one above OUT's previous one, swapped into place atomically, and "
                                   "signed with --sign."));
    p.addPositionalArgument(QStringLiteral("SRC"), ImportCommands::tr("Folder of documents."));
    p.addPositionalArgument(QStringLiteral("OUT"), ImportCommands::tr("Commons folder to publish into."));
    p.addOption({QStringLiteral("commons"), ImportCommands::tr("Commons id (required the first time)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("title"), ImportCommands::tr("Commons title."), QStringLiteral("T")});
    p.addOption({QStringLiteral("sign"), ImportCommands::tr("Sign index.json with this Ed25519 secret key (from keygen)."), QStringLiteral("KEYFILE")});
    p.addOption({QStringLiteral("expires-days"),
                 ImportCommands::tr("Mark the publication stale after N days (default %1).").arg(PublishOptions::DefaultExpiryDays),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("no-expiry"), ImportCommands::tr("Publish with no expiry date (readers cannot tell a replayed old "
                                                 "index from a current one).")});
    int code = ExitOk;
    if (!parse(ctx, p, &code))
        return code;
    if (p.positionalArguments().size() != 2)
        return ctx.fail(ExitUsage, ImportCommands::tr("publish needs SRC and OUT (see --help)."));
    PublishOptions o;
    o.sourceDir = p.positionalArguments().at(0);
    o.outDir = p.positionalArguments().at(1);
    o.commonsId = p.value(QStringLiteral("commons"));
    o.title = p.value(QStringLiteral("title"));
    o.secretKeyFile = p.value(QStringLiteral("sign"));
    if (p.isSet(QStringLiteral("no-expiry")) && p.isSet(QStringLiteral("expires-days")))
        return ctx.fail(ExitUsage, ImportCommands::tr("--no-expiry and --expires-days cannot be combined."));
    if (p.isSet(QStringLiteral("no-expiry")))
        o.expiresDays = 0;
    if (p.isSet(QStringLiteral("expires-days"))) {
        bool ok = false;
        o.expiresDays = p.value(QStringLiteral("expires-days")).toInt(&ok);
        if (!ok || o.expiresDays < 1)
            return ctx.fail(ExitUsage, ImportCommands::tr("--expires-days needs a whole number of days ≥ 1."));
    }
    bool io = false;
    const Result<PublishReport> r = Publisher::publish(o, &io);
    if (!r.ok()) {
        ctx.err() << ImportCommands::tr("Nothing was published.") << '\n' << r.errorString() << Qt::endl;
        return io ? ExitIo : ExitInvalid;
    }
    ctx.out() << r.value().toText();
    return ExitOk;
}

int runKeygen(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(ImportCommands::tr("Make an Ed25519 key pair for signing a commons: OUT (secret, mode 0600) "
                                   "and OUT.pub (public: give it to readers for sync --trust)."));
    p.addPositionalArgument(QStringLiteral("OUT"), ImportCommands::tr("Secret key file to write."));
    p.addOption({QStringLiteral("out"), ImportCommands::tr("Secret key file to write."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("force"), ImportCommands::tr("Overwrite existing key files.")});
    int code = ExitOk;
    if (!parse(ctx, p, &code))
        return code;
    QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty() && p.positionalArguments().size() == 1)
        out = p.positionalArguments().first();
    if (out.isEmpty() || p.positionalArguments().size() > 1)
        return ctx.fail(ExitUsage, ImportCommands::tr("keygen needs OUT (see --help)."));
    const Result<Signature::KeyPair> pair = Signature::generate();
    if (!pair.ok())
        return ctx.fail(ExitIo, pair.errorString());
    const Status st = Signature::writeKeyPair(pair.value(), out, p.isSet(QStringLiteral("force")));
    if (!st)
        return ctx.fail(ExitIo, st.error);
    ctx.out() << ImportCommands::tr("Secret key: %1 (keep it private)\nPublic key: %1.pub\n%2\n")
                     .arg(out, QString::fromLatin1(Signature::encode(pair.value().publicKey)));
    return ExitOk;
}

// The real-data importers (issue 9). Each takes the parser already holding --out and
// --period, and the arguments with the kind folded into the command name.
struct ImportArgs
{
    CliContext &ctx;
    QCommandLineParser &p;
    const QStringList &sub;
    const QCommandLineOption &outOpt;
    const QCommandLineOption &periodOpt;
};

bool needs(ImportArgs &a, int *code, int files, const QStringList &required)
{
    if (!parse(a.ctx, a.p, code, a.sub))
        return false;
    QStringList missing;
    for (const QString &r : required) {
        if (a.p.value(r).isEmpty())
            missing.append(QStringLiteral("--") + r);
    }
    if (a.p.positionalArguments().size() != files || !missing.isEmpty()) {
        *code = a.ctx.fail(ExitUsage, ImportCommands::tr("%1 needs %2 file(s) and %3 (see --help).")
                                          .arg(a.sub.constFirst()).arg(files).arg(missing.isEmpty() ? ImportCommands::tr("nothing else") : missing.join(QStringLiteral(", "))));
        return false;
    }
    if (required.contains(QStringLiteral("period")) && !ImportCommon::isPeriod(a.p.value(a.periodOpt))) {
        *code = a.ctx.fail(ExitUsage, ImportCommands::tr("--period must be a financial year such as 2023-24."));
        return false;
    }
    return true;
}

int runRsx(ImportArgs a)
{
    a.p.setApplicationDescription(ImportCommands::tr("MHCLG Revenue Outturn Service Expenditure Summary (RSX), worksheet 2 as published "
                                     "(CSV). Finds the header row (the line starting E-code) and the end of the first "
                                     "table itself and matches columns by their header text. For each current English "
                                     "council, one service per RS service group with a figure: reported employees (C1), "
                                     "running expenses (C2), income (C4 + C5) and net (C7), in £ (the file's £ thousand "
                                     "× 1000); reported_cost_gbp = net; the layer from --layers; every figure names its "
                                     "line, council and column. Police, fire and other class O bodies are skipped."));
    a.p.addPositionalArgument(QStringLiteral("FILE"), ImportCommands::tr("RSX_YYYY-YY_data_by_LA.csv"));
    a.p.addOption(a.periodOpt);
    a.p.addOption({QStringLiteral("register"), ImportCommands::tr("uk_local_authorities.csv (mySociety)."), QStringLiteral("FILE")});
    a.p.addOption({QStringLiteral("layers"), ImportCommands::tr("Layer of each service group (default: the built-in resources/real/rsx-layers.csv)."), QStringLiteral("CSV")});
    int code = ExitOk;
    if (!needs(a, &code, 1, {QStringLiteral("out"), QStringLiteral("period"), QStringLiteral("register")}))
        return code;
    RsxImportOptions o;
    o.file = a.p.positionalArguments().first();
    o.outDir = a.p.value(a.outOpt);
    o.period = a.p.value(a.periodOpt);
    o.registerFile = a.p.value(QStringLiteral("register"));
    if (a.p.isSet(QStringLiteral("layers")))
        o.layersFile = a.p.value(QStringLiteral("layers"));
    return reportResult(a.ctx, RsxImporter::run(o));
}

int runEric(ImportArgs a)
{
    a.p.setApplicationDescription(ImportCommands::tr("NHS Estates Returns (ERIC) trust data ($-delimited; columns matched by name). Each "
                                     "trust with a document in --out, or open in --ods, gets an \"Estates and facilities\" "
                                     "service whose bricks are its published facility costs (estates maintenance, energy, "
                                     "water, sewerage, cleaning, inpatient food, laundry and linen, portering, waste). A "
                                     "blank cost is no brick. --into writes into that period's document, marking the "
                                     "service with the data's period."));
    a.p.addPositionalArgument(QStringLiteral("FILE"), ImportCommands::tr("ERIC-YYYY-YY.csv"));
    a.p.addOption(a.periodOpt);
    a.p.addOption({QStringLiteral("into"), ImportCommands::tr("Write into this period's document instead (e.g. the trusts' latest)."), QStringLiteral("YYYY-YY")});
    a.p.addOption({QStringLiteral("ods"), ImportCommands::tr("etr_with_header.csv: also accept open trusts with no document yet."), QStringLiteral("FILE")});
    int code = ExitOk;
    if (!needs(a, &code, 1, {QStringLiteral("out"), QStringLiteral("period")}))
        return code;
    EricImportOptions o;
    o.file = a.p.positionalArguments().first();
    o.outDir = a.p.value(a.outOpt);
    o.period = a.p.value(a.periodOpt);
    o.into = a.p.value(QStringLiteral("into"));
    o.odsFile = a.p.value(QStringLiteral("ods"));
    return reportResult(a.ctx, EricImporter::run(o));
}

int runNhsRecords(ImportArgs a)
{
    a.p.setApplicationDescription(ImportCommands::tr("NHS trusts' medical-records costs (trust_mrc_and_epr.csv, column mrc_total_YYYYyy "
                                     "for --period) and, with --epr, each trust's primary EPR supplier: a \"Health "
                                     "records\" service with the cost as a brick and the EPR as a system with its product."));
    a.p.addPositionalArgument(QStringLiteral("FILE"), ImportCommands::tr("trust_mrc_and_epr.csv"));
    a.p.addOption(a.periodOpt);
    a.p.addOption({QStringLiteral("epr"), ImportCommands::tr("secondary_trusts_primary_epr_suppliers_20241001.csv"), QStringLiteral("FILE")});
    a.p.addOption({QStringLiteral("into"), ImportCommands::tr("Write into this period's document instead (e.g. the trusts' latest)."), QStringLiteral("YYYY-YY")});
    a.p.addOption({QStringLiteral("ods"), ImportCommands::tr("etr_with_header.csv: also accept open trusts with no document yet."), QStringLiteral("FILE")});
    int code = ExitOk;
    if (!needs(a, &code, 1, {QStringLiteral("out"), QStringLiteral("period")}))
        return code;
    NhsRecordsImportOptions o;
    o.file = a.p.positionalArguments().first();
    o.eprFile = a.p.value(QStringLiteral("epr"));
    o.into = a.p.value(QStringLiteral("into"));
    o.outDir = a.p.value(a.outOpt);
    o.period = a.p.value(a.periodOpt);
    o.odsFile = a.p.value(QStringLiteral("ods"));
    return reportResult(a.ctx, NhsRecordsImporter::run(o));
}

int runSystems(ImportArgs a)
{
    a.p.setApplicationDescription(ImportCommands::tr("Which product each council runs, with no cost, as systems on its latest document in "
                                     "--out: libraries (library_catalogues.json) on the cultural service, planning "
                                     "(planning_scraper_list_2019.csv) on planning and development, street-reporting "
                                     "(street_reporting_backends.csv) on environmental and regulatory. Names and slugs are "
                                     "matched through the register; what does not match is listed."));
    a.p.addPositionalArgument(QStringLiteral("WHAT"), ImportCommands::tr("libraries, planning or street-reporting"));
    a.p.addPositionalArgument(QStringLiteral("FILE"), ImportCommands::tr("The list."));
    a.p.addOption({QStringLiteral("register"), ImportCommands::tr("uk_local_authorities.csv (mySociety)."), QStringLiteral("FILE")});
    a.p.addOption({QStringLiteral("aliases"), ImportCommands::tr("Extra published names (default: the built-in resources/real/name-aliases.csv)."), QStringLiteral("CSV")});
    int code = ExitOk;
    if (!needs(a, &code, 2, {QStringLiteral("out"), QStringLiteral("register")}))
        return code;
    SystemsImportOptions o;
    o.kind = a.p.positionalArguments().at(0);
    if (!SystemsImporter::isKind(o.kind))
        return a.ctx.fail(ExitUsage, ImportCommands::tr("import systems: WHAT must be libraries, planning or street-reporting."));
    o.file = a.p.positionalArguments().at(1);
    o.registerFile = a.p.value(QStringLiteral("register"));
    o.outDir = a.p.value(a.outOpt);
    if (a.p.isSet(QStringLiteral("aliases")))
        o.aliasesFile = a.p.value(QStringLiteral("aliases"));
    return reportResult(a.ctx, SystemsImporter::run(o));
}

int runCatalogue(ImportArgs a)
{
    a.p.setApplicationDescription(ImportCommands::tr("Writes DIR/bricks.json, the real commons' catalogue: the capabilities the real "
                                     "importers use (with their work: digital or people) and the products the published "
                                     "lists name, from the built-in tables or --capabilities/--products. Nothing is "
                                     "priced: no standard brick has a published price."));
    a.p.addOption({QStringLiteral("capabilities"), ImportCommands::tr("capabilities.csv (id, name, layer, work, rationale)."), QStringLiteral("CSV")});
    a.p.addOption({QStringLiteral("products"), ImportCommands::tr("products.csv (id, name, vendor, capability, published_as, source)."), QStringLiteral("CSV")});
    int code = ExitOk;
    if (!needs(a, &code, 0, {QStringLiteral("out")}))
        return code;
    Result<RealCatalogue> real = RealCatalogue::load(a.p.value(QStringLiteral("capabilities")).isEmpty()
                                                         ? QStringLiteral(":/real/capabilities.csv") : a.p.value(QStringLiteral("capabilities")),
                                                     a.p.value(QStringLiteral("products")).isEmpty()
                                                         ? QStringLiteral(":/real/products.csv") : a.p.value(QStringLiteral("products")));
    if (!real.ok())
        return a.ctx.fail(ExitInvalid, real.errorString());
    const QString path = QDir(a.p.value(a.outOpt)).filePath(QStringLiteral("bricks.json"));
    const Status st = ImportCommon::writeJsonFile(path, CommonsWriter::catalogueBytes(real.value().catalogue()));
    if (!st)
        return a.ctx.fail(ExitIo, st.error);
    a.ctx.out() << ImportCommands::tr("Wrote %1: %2 capabilities, %3 products, no priced bricks.\n")
                       .arg(path).arg(real.value().catalogue().capabilities.size()).arg(real.value().catalogue().products.size());
    return ExitOk;
}

int runCoverage(ImportArgs a)
{
    a.p.setApplicationDescription(ImportCommands::tr("Counts what a folder of imported documents holds (read back with the commons "
                                     "reader): organisations, documents per period, services, published and estimated "
                                     "bricks, systems, and figures per source."));
    a.p.addPositionalArgument(QStringLiteral("DIR"), ImportCommands::tr("The folder the imports wrote (holding orgs/)."));
    int code = ExitOk;
    if (!needs(a, &code, 1, {}))
        return code;
    const Result<Coverage> c = Coverage::ofFolder(a.p.positionalArguments().first());
    if (!c.ok())
        return a.ctx.fail(ExitInvalid, c.errorString());
    a.ctx.out() << c.value().toText();
    return ExitOk;
}

int runImport(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    static const char *const usage = QT_TRANSLATE_NOOP("ImportCommands",
        "Usage: livedna-cli import KIND FILE... --out DIR [options]\n"
        "Kinds:\n"
        "  councils    current English councils from uk_local_authorities.csv (+ --similarity DIR for neighbours)\n"
        "  spending    spending CSV by organisation and service, through a column mapping\n"
        "  oruk        an Open Referral UK / HSDS service feed (JSON) as one organisation's services\n"
        "  nhs-trusts  open NHS trusts from the ODS etr extract\n"
        "  lgsl        the Local Government Service List: into the cache, and DIR/lgsl.json with --out\n"
        "  rsx         Revenue Outturn Service Expenditure Summary (RSX): 13 service groups per council\n"
        "  eric        NHS Estates Returns (ERIC): facility costs per trust as published bricks\n"
        "  nhs-records medical-records cost and EPR supplier per trust\n"
        "  systems     libraries|planning|street-reporting: which product each council runs\n"
        "  catalogue   DIR/bricks.json for the real commons (capabilities and products)\n"
        "  coverage    DIR: what a folder of imported documents holds, figures per source\n"
        "  constituencies DIR: MPs, constituencies and the councils and trusts serving them (DIR/areas.json)\n"
        "  benchmarks DIR: council spend per head by service, class distributions (DIR/benchmarks.json)\n"
        "Run 'livedna-cli import KIND --help' for the options of one kind.\n");
    const bool help = args.size() >= 2 && (args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h"));
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        (help ? ctx.out() : ctx.err()) << ImportCommands::tr(usage);
        return help ? ExitOk : ExitUsage;
    }
    const QString kind = args.at(1);
    QStringList sub = args;
    sub.removeAt(1);
    sub[0] = args.at(0) + QLatin1Char(' ') + kind;

    QCommandLineParser p;
    const QCommandLineOption outOpt(QStringLiteral("out"), ImportCommands::tr("Output folder (organisation documents go to DIR/orgs/)."), QStringLiteral("DIR"));
    const QCommandLineOption periodOpt(QStringLiteral("period"), ImportCommands::tr("Financial year of the costs, e.g. 2017-18."), QStringLiteral("YYYY-YY"));
    p.addOption(outOpt);
    auto files = [&]() { return p.positionalArguments(); };
    auto needOut = [&](int *code) {
        if (p.value(outOpt).isEmpty()) {
            *code = ctx.fail(ExitUsage, ImportCommands::tr("import %1 needs --out DIR.").arg(kind));
            return false;
        }
        return true;
    };
    auto checkPeriod = [&](int *code) {
        if (p.isSet(periodOpt) && !ImportCommon::isPeriod(p.value(periodOpt))) {
            *code = ctx.fail(ExitUsage, ImportCommands::tr("--period must be a financial year such as 2017-18."));
            return false;
        }
        return true;
    };
    int code = ExitOk;
    ImportArgs real{ctx, p, sub, outOpt, periodOpt};
    if (kind == QLatin1String("rsx"))
        return runRsx(real);
    if (kind == QLatin1String("eric"))
        return runEric(real);
    if (kind == QLatin1String("nhs-records"))
        return runNhsRecords(real);
    if (kind == QLatin1String("systems"))
        return runSystems(real);
    if (kind == QLatin1String("catalogue"))
        return runCatalogue(real);
    if (kind == QLatin1String("coverage"))
        return runCoverage(real);
    if (kind == QLatin1String("constituencies"))
        return runImportConstituencies(ctx, sub); // cli/areacommands.cpp
    if (kind == QLatin1String("benchmarks"))
        return runImportBenchmarks(ctx, sub); // cli/benchmarkcommands.cpp

    if (kind == QLatin1String("councils")) {
        p.setApplicationDescription(ImportCommands::tr("Current English councils (current-authority True, nation England) from "
                                       "mySociety's uk_local_authorities.csv, one document per GSS code; with "
                                       "--similarity, neighbours from the similarity clusters."));
        p.addPositionalArgument(QStringLiteral("REGISTER"), ImportCommands::tr("uk_local_authorities.csv"));
        p.addOption(periodOpt);
        p.addOption({QStringLiteral("similarity"), ImportCommands::tr("Folder of mySociety *_la_labels.csv files."), QStringLiteral("DIR")});
        p.addOption({QStringLiteral("max-neighbours"), ImportCommands::tr("At most N neighbours (default 10)."), QStringLiteral("N")});
        if (!parse(ctx, p, &code, sub) || !needOut(&code) || !checkPeriod(&code))
            return code;
        if (files().size() != 1)
            return ctx.fail(ExitUsage, ImportCommands::tr("import councils needs the register file."));
        CouncilImportOptions o;
        o.registerFile = files().first();
        o.similarityDir = p.value(QStringLiteral("similarity"));
        o.outDir = p.value(outOpt);
        o.period = p.value(periodOpt);
        if (p.isSet(QStringLiteral("max-neighbours")))
            o.maxNeighbours = qMax(0, p.value(QStringLiteral("max-neighbours")).toInt());
        return reportResult(ctx, CouncilImporter::run(o));
    }
    if (kind == QLatin1String("spending")) {
        p.setApplicationDescription(ImportCommands::tr("Spending by organisation and service from a CSV (delimiter and BOM detected). "
                                       "Each organisation+service becomes a service with reported_cost_gbp = sum of "
                                       "amount × scale and no bricks (unmapped). Blank and '...' amounts stay unknown; "
                                       "negative ones are kept. Columns are header names or 1-based numbers.\n"
                                       "Revenue Outturn example:\n  import spending RS_2017-18_by_LA_long.csv --org-col ons_code "
                                       "--org-key gss --register uk_local_authorities.csv --service-id-col rs_line "
                                       "--service-col rs_label --amount-col value_gbp_thousands --scale 1000 "
                                       "--period-col financial_year --include 'rs_section=Service Expenditure' "
                                       "--exclude rs_line=699 --out DIR"));
        p.addPositionalArgument(QStringLiteral("CSV"), ImportCommands::tr("The spending file."));
        p.addOption(periodOpt);
        const QList<QCommandLineOption> opts = {
            {QStringLiteral("org-col"), ImportCommands::tr("Column naming the organisation."), QStringLiteral("COL")},
            {QStringLiteral("service-col"), ImportCommands::tr("Column naming the service."), QStringLiteral("COL")},
            {QStringLiteral("amount-col"), ImportCommands::tr("Column holding the amount."), QStringLiteral("COL")},
            {QStringLiteral("service-id-col"), ImportCommands::tr("Column put before the service name in its id (e.g. a line number)."), QStringLiteral("COL")},
            {QStringLiteral("category-col"), ImportCommands::tr("Column giving the service category."), QStringLiteral("COL")},
            {QStringLiteral("name-col"), ImportCommands::tr("Column giving the organisation name."), QStringLiteral("COL")},
            {QStringLiteral("period-col"), ImportCommands::tr("Column giving the financial year of each row."), QStringLiteral("COL")},
            {QStringLiteral("lgsl-col"), ImportCommands::tr("Column giving the LGSL id of the service."), QStringLiteral("COL")},
            {QStringLiteral("scale"), ImportCommands::tr("Multiply amounts by this (1000 for £ thousand)."), QStringLiteral("N")},
            {QStringLiteral("org-key"), ImportCommands::tr("What the organisation column holds: code (default), gss, ecode or name."), QStringLiteral("KEY")},
            {QStringLiteral("register"), ImportCommands::tr("uk_local_authorities.csv, for --org-key gss|ecode|name."), QStringLiteral("FILE")},
            {QStringLiteral("kind"), ImportCommands::tr("Kind of organisations created: council (default), nhs-trust, other."), QStringLiteral("KIND")},
            {QStringLiteral("delimiter"), ImportCommands::tr("Field delimiter (default: detected)."), QStringLiteral("C")},
            {QStringLiteral("include"), ImportCommands::tr("Keep only rows where COL=VALUE (repeatable: any)."), QStringLiteral("COL=VALUE")},
            {QStringLiteral("exclude"), ImportCommands::tr("Drop rows where COL=VALUE (repeatable)."), QStringLiteral("COL=VALUE")},
            {QStringLiteral("require-existing"), ImportCommands::tr("Skip organisations that have no document in --out yet.")},
            {QStringLiteral("rs-groups"), ImportCommands::tr("The --service-id-col value is a Revenue Outturn line (190 … 698): give "
                                             "each service its RS service group's stable id and layer (the table of "
                                             "import rsx; --layers reads another copy).")},
            {QStringLiteral("layers"), ImportCommands::tr("The service-group table for --rs-groups (default: the built-in one)."), QStringLiteral("CSV")},
            {QStringLiteral("source-id"), ImportCommands::tr("Id of the published source the file is (e.g. rs-2017-18): listed in each "
                                             "document's sources and named, with its rows, by each reported cost."), QStringLiteral("ID")},
        };
        p.addOptions(opts);
        if (!parse(ctx, p, &code, sub) || !needOut(&code) || !checkPeriod(&code))
            return code;
        if (files().size() != 1)
            return ctx.fail(ExitUsage, ImportCommands::tr("import spending needs one CSV file."));
        SpendingImportOptions o;
        o.file = files().first();
        o.outDir = p.value(outOpt);
        o.orgColumn = p.value(QStringLiteral("org-col"));
        o.serviceColumn = p.value(QStringLiteral("service-col"));
        o.amountColumn = p.value(QStringLiteral("amount-col"));
        o.serviceIdColumn = p.value(QStringLiteral("service-id-col"));
        o.categoryColumn = p.value(QStringLiteral("category-col"));
        o.orgNameColumn = p.value(QStringLiteral("name-col"));
        o.periodColumn = p.value(QStringLiteral("period-col"));
        o.lgslColumn = p.value(QStringLiteral("lgsl-col"));
        o.period = p.value(periodOpt);
        if (p.isSet(QStringLiteral("scale"))) {
            bool ok = false;
            o.scale = p.value(QStringLiteral("scale")).toDouble(&ok);
            if (!ok || !(o.scale > 0))
                return ctx.fail(ExitUsage, ImportCommands::tr("--scale needs a positive number."));
        }
        if (p.isSet(QStringLiteral("org-key")))
            o.orgKey = p.value(QStringLiteral("org-key"));
        o.registerFile = p.value(QStringLiteral("register"));
        if (p.isSet(QStringLiteral("kind"))) {
            OrgKind k;
            if (!orgKindFromString(p.value(QStringLiteral("kind")), &k))
                return ctx.fail(ExitUsage, ImportCommands::tr("--kind must be council, nhs-trust or other."));
            o.kind = p.value(QStringLiteral("kind"));
        }
        if (p.isSet(QStringLiteral("delimiter"))) {
            QString d = p.value(QStringLiteral("delimiter"));
            if (d == QLatin1String("\\t") || d.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
                d = QStringLiteral("\t");
            if (d.size() != 1)
                return ctx.fail(ExitUsage, ImportCommands::tr("--delimiter must be one character (or 'tab')."));
            o.delimiter = d.at(0);
        }
        for (const QString &f : p.values(QStringLiteral("include"))) {
            QPair<QString, QString> pair;
            if (!SpendingImporter::parseFilter(f, &pair))
                return ctx.fail(ExitUsage, ImportCommands::tr("--include needs COL=VALUE, not '%1'.").arg(f));
            o.include.append(pair);
        }
        for (const QString &f : p.values(QStringLiteral("exclude"))) {
            QPair<QString, QString> pair;
            if (!SpendingImporter::parseFilter(f, &pair))
                return ctx.fail(ExitUsage, ImportCommands::tr("--exclude needs COL=VALUE, not '%1'.").arg(f));
            o.exclude.append(pair);
        }
        o.requireExisting = p.isSet(QStringLiteral("require-existing"));
        o.sourceId = p.value(QStringLiteral("source-id"));
        if (p.isSet(QStringLiteral("rs-groups")))
            o.groupsFile = p.value(QStringLiteral("layers")).isEmpty() ? QStringLiteral(":/real/rsx-layers.csv") : p.value(QStringLiteral("layers"));
        return reportResult(ctx, SpendingImporter::run(o));
    }
    if (kind == QLatin1String("oruk")) {
        p.setApplicationDescription(ImportCommands::tr("An Open Referral UK / HSDS service feed (JSON array, paged response, or "
                                       "several page files) as the services of one organisation, with LGSL ids "
                                       "where the feed carries them and HTML stripped from descriptions."));
        p.addPositionalArgument(QStringLiteral("FEED"), ImportCommands::tr("Feed files (pages)."), QStringLiteral("FEED..."));
        p.addOption(periodOpt);
        p.addOption({QStringLiteral("org"), ImportCommands::tr("Code of the organisation publishing the directory (e.g. E06000023)."), QStringLiteral("CODE")});
        p.addOption({QStringLiteral("org-name"), ImportCommands::tr("Its name, when it has no document in --out yet."), QStringLiteral("NAME")});
        p.addOption({QStringLiteral("kind"), ImportCommands::tr("Its kind: council (default), nhs-trust, other."), QStringLiteral("KIND")});
        p.addOption({QStringLiteral("include-inactive"), ImportCommands::tr("Also import services whose status is not active.")});
        if (!parse(ctx, p, &code, sub) || !needOut(&code) || !checkPeriod(&code))
            return code;
        if (files().isEmpty())
            return ctx.fail(ExitUsage, ImportCommands::tr("import oruk needs at least one feed file."));
        OrukImportOptions o;
        o.files = files();
        o.outDir = p.value(outOpt);
        o.orgCode = p.value(QStringLiteral("org"));
        o.orgName = p.value(QStringLiteral("org-name"));
        o.period = p.value(periodOpt);
        o.includeInactive = p.isSet(QStringLiteral("include-inactive"));
        if (p.isSet(QStringLiteral("kind"))) {
            OrgKind k;
            if (!orgKindFromString(p.value(QStringLiteral("kind")), &k))
                return ctx.fail(ExitUsage, ImportCommands::tr("--kind must be council, nhs-trust or other."));
            o.kind = p.value(QStringLiteral("kind"));
        }
        return reportResult(ctx, OrukImporter::run(o));
    }
    if (kind == QLatin1String("nhs-trusts")) {
        p.setApplicationDescription(ImportCommands::tr("Open NHS trusts from the ODS etr extract (with or without header), one "
                                       "document per ODS code. --trust-types adds each trust's type and neighbours "
                                       "(same type, same NHS region)."));
        p.addPositionalArgument(QStringLiteral("ETR"), ImportCommands::tr("etr.csv or etr_with_header.csv"));
        p.addOption(periodOpt);
        p.addOption({QStringLiteral("trust-types"), ImportCommands::tr("CSV with 'Organisation Code' and 'Trust Type (Primary)'."), QStringLiteral("FILE")});
        if (!parse(ctx, p, &code, sub) || !needOut(&code) || !checkPeriod(&code))
            return code;
        if (files().size() != 1)
            return ctx.fail(ExitUsage, ImportCommands::tr("import nhs-trusts needs the etr file."));
        NhsTrustImportOptions o;
        o.file = files().first();
        o.trustTypesFile = p.value(QStringLiteral("trust-types"));
        o.outDir = p.value(outOpt);
        o.period = p.value(periodOpt);
        return reportResult(ctx, NhsTrustImporter::run(o));
    }
    if (kind == QLatin1String("lgsl")) {
        p.setApplicationDescription(ImportCommands::tr("The Local Government Service List (esd englishAndWelshServices CSV, or an "
                                       "lgsl.json). Loads it into the cache (unless --no-cache) so services are "
                                       "named and grouped by LGSL id, and with --out writes DIR/lgsl.json, which "
                                       "publish lists in index.json's \"extras\"."));
        p.addPositionalArgument(QStringLiteral("LIST"), ImportCommands::tr("englishAndWelshServices-all.csv, an lgsl.json, or a commons folder holding one"));
        p.addOption({QStringLiteral("tiers"), ImportCommands::tr("GOV.UK local_services.csv giving each service's providing tier."), QStringLiteral("FILE")});
        p.addOption({QStringLiteral("no-cache"), ImportCommands::tr("Only write --out; leave the cache alone.")});
        if (!parse(ctx, p, &code, sub))
            return code;
        if (files().size() != 1)
            return ctx.fail(ExitUsage, ImportCommands::tr("import lgsl needs the service list file."));
        const bool toCache = !p.isSet(QStringLiteral("no-cache"));
        if (!toCache && p.value(outOpt).isEmpty())
            return ctx.fail(ExitUsage, ImportCommands::tr("--no-cache without --out would do nothing."));
        QString list = files().first();
        if (QFileInfo(list).isDir())
            list = QDir(list).filePath(QStringLiteral("lgsl.json")); // a commons folder
        Result<LgslImporter::Output> r = LgslImporter::run({list, p.value(QStringLiteral("tiers"))});
        if (!r.ok()) {
            ctx.err() << r.errorString() << Qt::endl;
            return ExitInvalid;
        }
        ImportReport &report = r.value().report;
        if (!p.value(outOpt).isEmpty()) {
            const QString path = QDir(p.value(outOpt)).filePath(QStringLiteral("lgsl.json"));
            const Status st = ImportCommon::writeJsonFile(path, LgslImporter::toJson(r.value().services, report.sources.join(QStringLiteral(", "))));
            if (!st)
                return ctx.fail(ExitIo, st.error);
            report.written.append(QStringLiteral("lgsl.json"));
            report.documentsCreated = 1;
        }
        if (toCache) {
            Cache *cache = ctx.cache();
            if (!cache)
                return ExitIo;
            const Status st = cache->setLgsl(r.value().services);
            if (!st)
                return ctx.fail(ExitIo, st.error);
            ctx.out() << ImportCommands::tr("Loaded %1 LGSL services into the cache %2.\n").arg(r.value().services.size()).arg(ctx.cachePath());
        }
        ctx.out() << report.toText();
        return ExitOk;
    }
    return ctx.fail(ExitUsage, ImportCommands::tr("Unknown import kind '%1'.\n%2").arg(kind, ImportCommands::tr(usage)));
}

} // namespace

QList<CliCommand> importCommands()
{
    return {
        {QStringLiteral("publish"), ImportCommands::tr("Publish a folder of documents as a commons (validated, indexed, atomic, signed)"), runPublish},
        {QStringLiteral("keygen"), ImportCommands::tr("Make an Ed25519 key pair for signing a commons"), runKeygen},
        {QStringLiteral("import"), ImportCommands::tr("Import published data: councils, spending, oruk, nhs-trusts, lgsl, rsx, eric, nhs-records, systems, catalogue, constituencies, benchmarks"), runImport},
    };
}

} // namespace livedna
