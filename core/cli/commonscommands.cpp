#include "core/cli/cli.h"

#include "core/cache/cache.h"
#include "core/cli/texttable.h"
#include "core/commons/commonsreader.h"
#include "core/publish/signature.h"
#include "core/sync/syncer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <cmath>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace livedna {

namespace {

class CommonsCli
{
    Q_DECLARE_TR_FUNCTIONS(CommonsCli)

public:
    static int sync(CliContext &ctx);
    static int validate(CliContext &ctx);
    static int orgs(CliContext &ctx);
    static int show(CliContext &ctx);

    static QString money(double gbp);
    static QString kindLabel(OrgKind kind);

private:
    static QCommandLineOption commonsOption();
    // The cache, once the commons asked for (none: the latest) is known to be in it; else
    // nullptr after the reason is printed, with *code the exit code to return.
    static Cache *cacheWithCommons(CliContext &ctx, const QString &commonsId, int *code);
};

// QCommandLineParser::process() would exit() on --help and errors; commands return codes
// instead, so the help option is ours and parse() is used.
// Returns -1 to go on, otherwise the exit code to return.
int parseCommand(CliContext &ctx, QCommandLineParser &parser, const QString &syntax, int minArgs,
                 int maxArgs)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommonsCli", "Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(ctx.arguments()))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(help)) {
        // The first line of Qt's help names the executable's full path; scripts want the
        // command as typed.
        QString text = parser.helpText();
        const int eol = text.indexOf(QLatin1Char('\n'));
        text.replace(0, eol, QCoreApplication::translate("CommonsCli", "Usage: %1").arg(syntax));
        ctx.out() << text;
        return ExitOk;
    }
    const int n = parser.positionalArguments().size();
    if (n < minArgs || (maxArgs >= 0 && n > maxArgs)) {
        ctx.err() << QCoreApplication::translate("CommonsCli", "livedna-cli: wrong number of arguments")
                  << '\n'
                  << QCoreApplication::translate("CommonsCli", "Usage: %1").arg(syntax) << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

QJsonValue moneyJson(double gbp)
{
    return QJsonValue(gbp);
}

QJsonValue moneyJson(const std::optional<double> &gbp)
{
    return gbp ? QJsonValue(*gbp) : QJsonValue(QJsonValue::Null);
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(fileno(stderr)) == 1;
#else
    return false;
#endif
}

QString sizeText(qint64 bytes)
{
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    return en.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// orgs/<code>.json is how publishers name documents; when the code is a known organisation
// the CLI shows its name next to the path so people see who changed.
QString describeDocument(const QString &path, const QHash<QString, QString> &namesByCode)
{
    const QString base = QFileInfo(path).completeBaseName();
    const auto it = namesByCode.constFind(base);
    if (it == namesByCode.constEnd())
        return path;
    return QStringLiteral("%1 (%2)").arg(path, it.value());
}

} // namespace

QString CommonsCli::money(double gbp)
{
    // Fixed en_GB grouping so text output reads the same on every machine.
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const double rounded = std::round(gbp);
    const QString digits = en.toString(static_cast<qint64>(std::abs(rounded)));
    return (rounded < 0 ? QStringLiteral("-£") : QStringLiteral("£")) + digits;
}

QString CommonsCli::kindLabel(OrgKind kind)
{
    return orgKindToString(kind);
}

int CommonsCli::sync(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Brings a commons into the cache, completely or not at all, and prints what changed.\n"
           "SOURCE is a folder, a file:// URL, an http:// or https:// URL of the folder or of its\n"
           "index.json, or 'demo' for the illustrative commons bundled with LiveDNA.\n"
           "Exit codes: 0 done (or nothing new), 1 usage error, 2 data invalid or refused\n"
           "(the cache is unchanged), 3 source or cache could not be read or reached."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("Folder, URL or 'demo'."));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Refuse an index whose expiry date has passed instead of warning."));
    parser.addOption(strict);
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   tr("Pin this Ed25519 public key (keygen's .pub file): index.json must be signed by it."),
                                   QStringLiteral("KEYFILE"));
    parser.addOption(trust);
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print no progress."));
    parser.addOption(quiet);
    if (const int code = parseCommand(ctx, parser, tr("livedna-cli sync [--strict] SOURCE"), 1, 1); code >= 0)
        return code;

    const QString source = parser.positionalArguments().constFirst();

    // Local sources are checked here so that "cannot read" is told apart from "refused"
    // without depending on how the Syncer words its messages.
    if (source != QLatin1String("demo")) {
        const QUrl url(source);
        QString local;
        if (url.scheme() == QLatin1String("file"))
            local = url.toLocalFile();
        else if (url.scheme().size() <= 1) // no scheme, or a Windows drive letter
            local = source;
        if (!local.isEmpty()) {
            const QFileInfo info(local);
            const QString index = info.isDir() ? QDir(local).filePath(QStringLiteral("index.json")) : local;
            const QFileInfo indexInfo(index);
            if (!info.exists())
                return ctx.fail(ExitIo, tr("%1: no such file or folder").arg(local));
            if (!indexInfo.exists())
                return ctx.fail(ExitIo, tr("%1: no index.json in this folder").arg(local));
            if (!indexInfo.isReadable())
                return ctx.fail(ExitIo, tr("%1: cannot be read").arg(index));
        } else if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
            return ctx.fail(ExitUsage, tr("%1: unsupported source; give a folder, a file://, http:// or "
                                          "https:// URL, or 'demo'").arg(source));
        }
    }

    Cache *cache = ctx.cache();
    if (!cache)
        return ExitIo;

    Syncer syncer(cache);
    const bool tty = stderrIsTerminal();
    const bool showProgress = !parser.isSet(quiet);
    int lastWidth = 0;
    QString lastWhat;
    if (showProgress) {
        QObject::connect(&syncer, &Syncer::progress, &syncer,
                         [&](qint64 done, qint64 total, const QString &what) {
                             QString line;
                             if (total > 0) {
                                 const int percent = int(qBound(qint64(0), done * 100 / total, qint64(100)));
                                 line = tr("sync: %1% (%2 of %3) %4")
                                            .arg(percent)
                                            .arg(sizeText(done), sizeText(total), what);
                             } else {
                                 line = tr("sync: %1 %2").arg(sizeText(done), what);
                             }
                             if (tty) {
                                 // One line rewritten in place; pad to wipe a longer previous one.
                                 const int width = int(line.size());
                                 ctx.err() << '\r' << line.leftJustified(qMax(width, lastWidth));
                                 ctx.err().flush();
                                 lastWidth = width;
                             } else if (what != lastWhat) {
                                 // A log, not an animation: one line per document.
                                 ctx.err() << line << Qt::endl;
                             }
                             lastWhat = what;
                         });
    }

    SyncOptions options;
    options.strict = parser.isSet(strict);
    if (parser.isSet(trust)) {
        const Result<QByteArray> key = Signature::readPublicKey(parser.value(trust));
        if (!key.ok())
            return ctx.fail(ExitUsage, key.errorString());
        options.trustedKey = key.value();
    }
    Result<SyncReport> result = syncer.run(source, options);
    if (tty && lastWidth > 0)
        ctx.err() << '\r' << QString(lastWidth, QLatin1Char(' ')) << '\r';

    if (!result.ok()) {
        // Refused data (hash, length, version, content) is 2; anything that kept the bytes
        // from arriving (file system, network, TLS, cancellation) is 3.
        const bool io = syncer.lastFailure() != Syncer::Failure::Refused;
        ctx.err() << (io ? tr("livedna-cli: sync from %1 failed; the cache is unchanged:").arg(source)
                         : tr("livedna-cli: sync from %1 refused; the cache is unchanged:").arg(source))
                  << '\n';
        for (const Problem &p : result.problems())
            ctx.err() << "  " << p.toString() << '\n';
        ctx.err().flush();
        return io ? ExitIo : ExitInvalid;
    }

    const SyncReport &r = result.value();
    for (const QString &w : r.warnings)
        ctx.err() << tr("warning: %1").arg(w) << '\n';
    ctx.err().flush();

    QTextStream &out = ctx.out();
    out << tr("Commons: %1 \"%2\"").arg(r.commons, r.title) << '\n';
    if (r.nothingNew) {
        out << tr("Nothing new: version %1 is already in the cache.").arg(r.version) << '\n';
        return ExitOk;
    }
    if (r.previousVersion > 0)
        out << tr("Version: %1 -> %2").arg(r.previousVersion).arg(r.version) << '\n';
    else
        out << tr("Version: new -> %1").arg(r.version) << '\n';

    QHash<QString, QString> names;
    for (const OrgSummary &o : cache->organisations(r.commons))
        names.insert(o.code, o.name);
    const auto list = [&](const QString &heading, const QStringList &paths) {
        out << heading.arg(paths.size()) << '\n';
        for (const QString &p : paths)
            out << "  " << describeDocument(p, names) << '\n';
    };
    list(tr("Added: %1"), r.added);
    list(tr("Changed: %1"), r.changed);
    list(tr("Removed: %1"), r.removed);
    out << tr("Fetched %n document(s), %1.", nullptr, r.documentsFetched).arg(sizeText(r.bytesFetched)) << '\n';
    if (!r.warnings.isEmpty())
        out << tr("Warnings: %1 (see above)").arg(r.warnings.size()) << '\n';
    return ExitOk;
}

int CommonsCli::validate(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a commons folder (its index.json and every document it lists) or one document\n"
           "(index.json, bricks.json or an organisation) against the commons format, and lists\n"
           "every problem with its file and JSON location. 'demo' checks the bundled demo commons.\n"
           "Exit codes: 0 valid, 1 usage error, 2 problems found, 3 the path cannot be read."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Commons folder or one JSON document."));
    if (const int code = parseCommand(ctx, parser, tr("livedna-cli validate PATH"), 1, 1); code >= 0)
        return code;

    const QString shown = parser.positionalArguments().constFirst();
    const QString path = shown == QLatin1String("demo") ? Syncer::demoSource() : shown;
    const QFileInfo info(path);
    QList<Problem> problems;
    if (info.isDir()) {
        if (!QFileInfo(QDir(path).filePath(QStringLiteral("index.json"))).isReadable())
            return ctx.fail(ExitIo, tr("%1: no readable index.json in this folder").arg(path));
        problems = CommonsReader::validateFolder(path);
    } else if (info.isFile()) {
        if (!info.isReadable())
            return ctx.fail(ExitIo, tr("%1: cannot be read").arg(path));
        problems = CommonsReader::validateFile(path);
    } else {
        return ctx.fail(ExitIo, tr("%1: no such file or folder").arg(path));
    }

    if (problems.isEmpty()) {
        ctx.out() << tr("%1: valid").arg(shown) << '\n';
        return ExitOk;
    }
    for (const Problem &p : problems)
        ctx.out() << p.toString() << '\n';
    ctx.out().flush();
    ctx.err() << tr("%n problem(s) found.", nullptr, int(problems.size())) << Qt::endl;
    return ExitInvalid;
}

QCommandLineOption CommonsCli::commonsOption()
{
    return QCommandLineOption(QStringLiteral("commons"), tr("Which commons (default: the one synced most recently)."),
                              QStringLiteral("ID"));
}

Cache *CommonsCli::cacheWithCommons(CliContext &ctx, const QString &commonsId, int *code)
{
    Cache *cache = ctx.cache();
    if (!cache) {
        *code = ExitIo;
        return nullptr;
    }
    if (!commonsId.isEmpty() && !cache->commons(commonsId)) {
        *code = ctx.fail(ExitUsage, tr("no commons '%1' in the cache %2").arg(commonsId, cache->path()));
        return nullptr;
    }
    return cache;
}

int CommonsCli::orgs(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the organisations in the cache with their service count and annual cost split\n"
           "into frontline and overhead (the sum of their services' bricks). With --json, prints an\n"
           "array of objects: code, name, kind, type, region, services, total_gbp, frontline_gbp,\n"
           "overhead_gbp, reported_gbp (null when no service reports a cost)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    const QCommandLineOption commons = commonsOption();
    parser.addOption(json);
    parser.addOption(commons);
    if (const int code = parseCommand(ctx, parser, tr("livedna-cli orgs [--json] [--commons ID]"), 0, 0);
        code >= 0)
        return code;

    const QString commonsId = parser.value(commons);
    int failure = ExitOk;
    Cache *cache = cacheWithCommons(ctx, commonsId, &failure);
    if (!cache)
        return failure;
    const QList<OrgSummary> list = cache->organisations(commonsId);

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const OrgSummary &o : list) {
            QJsonObject obj;
            obj.insert(QStringLiteral("code"), o.code);
            obj.insert(QStringLiteral("name"), o.name);
            obj.insert(QStringLiteral("kind"), orgKindToString(o.kind));
            obj.insert(QStringLiteral("type"), o.type);
            obj.insert(QStringLiteral("region"), o.region);
            obj.insert(QStringLiteral("services"), o.services);
            obj.insert(QStringLiteral("total_gbp"), moneyJson(o.cost.total));
            obj.insert(QStringLiteral("frontline_gbp"), moneyJson(o.cost.frontline));
            obj.insert(QStringLiteral("overhead_gbp"), moneyJson(o.cost.overhead));
            obj.insert(QStringLiteral("reported_gbp"), moneyJson(o.cost.reported));
            array.append(obj);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    if (list.isEmpty()) {
        ctx.err() << tr("The cache %1 holds no organisations yet; try 'livedna-cli sync demo'.")
                         .arg(cache->path())
                  << Qt::endl;
        return ExitOk;
    }

    const QStringList headers{tr("CODE"), tr("NAME"), tr("KIND"), tr("SERVICES"), tr("TOTAL"),
                              tr("FRONTLINE"), tr("OVERHEAD")};
    QList<QStringList> rows;
    for (const OrgSummary &o : list) {
        rows.append({o.code, o.name, kindLabel(o.kind), QString::number(o.services), money(o.cost.total),
                     money(o.cost.frontline), money(o.cost.overhead)});
    }
    // Text columns left, numbers right: easier to compare by eye.
    printTextTable(ctx.out(), headers, rows, 3);
    return ExitOk;
}

int CommonsCli::show(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows one organisation (by code, or by its exact name) and each of its services with\n"
           "total, frontline, overhead and reported cost, its number of bricks and how many are\n"
           "bespoke. With --json, prints one object: code, name, kind, total_gbp, frontline_gbp,\n"
           "overhead_gbp, reported_gbp and services [{id, name, total_gbp, frontline_gbp,\n"
           "overhead_gbp, reported_gbp, bricks, bespoke}]; reported_gbp is null where none.\n"
           "Exit code 1 when the organisation is not in the cache."));
    parser.addPositionalArgument(QStringLiteral("ORG"), tr("Organisation code (e.g. E06000023) or exact name."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption commons = commonsOption();
    parser.addOption(json);
    parser.addOption(commons);
    if (const int code = parseCommand(ctx, parser, tr("livedna-cli show [--json] [--commons ID] ORG"), 1, 1);
        code >= 0)
        return code;

    const QString commonsId = parser.value(commons);
    int failure = ExitOk;
    Cache *cache = cacheWithCommons(ctx, commonsId, &failure);
    if (!cache)
        return failure;

    const QString wanted = parser.positionalArguments().constFirst();
    std::optional<OrgSummary> org = cache->organisationSummary(wanted, commonsId);
    if (!org) {
        // Names are what people remember; accept one when it matches exactly one organisation.
        QList<OrgSummary> matches;
        for (const OrgSummary &o : cache->organisations(commonsId)) {
            if (o.name.compare(wanted, Qt::CaseInsensitive) == 0 || o.code.compare(wanted, Qt::CaseInsensitive) == 0)
                matches.append(o);
        }
        if (matches.size() == 1)
            org = matches.constFirst();
    }
    if (!org)
        return ctx.fail(ExitUsage, tr("no organisation '%1' in the cache %2; 'livedna-cli orgs' lists them")
                                       .arg(wanted, cache->path()));
    const QList<ServiceSummary> services = cache->services(org->code, org->commons);

    if (parser.isSet(json)) {
        QJsonObject obj;
        obj.insert(QStringLiteral("code"), org->code);
        obj.insert(QStringLiteral("name"), org->name);
        obj.insert(QStringLiteral("kind"), orgKindToString(org->kind));
        obj.insert(QStringLiteral("type"), org->type);
        obj.insert(QStringLiteral("region"), org->region);
        obj.insert(QStringLiteral("period"), org->period);
        obj.insert(QStringLiteral("commons"), org->commons);
        obj.insert(QStringLiteral("total_gbp"), moneyJson(org->cost.total));
        obj.insert(QStringLiteral("frontline_gbp"), moneyJson(org->cost.frontline));
        obj.insert(QStringLiteral("overhead_gbp"), moneyJson(org->cost.overhead));
        obj.insert(QStringLiteral("reported_gbp"), moneyJson(org->cost.reported));
        QJsonArray array;
        for (const ServiceSummary &s : services) {
            QJsonObject so;
            so.insert(QStringLiteral("id"), s.id);
            so.insert(QStringLiteral("name"), s.name);
            so.insert(QStringLiteral("lgsl"), s.lgsl ? QJsonValue(*s.lgsl) : QJsonValue(QJsonValue::Null));
            so.insert(QStringLiteral("category"), s.category);
            so.insert(QStringLiteral("total_gbp"), moneyJson(s.cost.total));
            so.insert(QStringLiteral("frontline_gbp"), moneyJson(s.cost.frontline));
            so.insert(QStringLiteral("overhead_gbp"), moneyJson(s.cost.overhead));
            so.insert(QStringLiteral("reported_gbp"), moneyJson(s.cost.reported));
            so.insert(QStringLiteral("bricks"), s.cost.bricks);
            so.insert(QStringLiteral("bespoke"), s.cost.bespoke);
            array.append(so);
        }
        obj.insert(QStringLiteral("services"), array);
        ctx.out() << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    QTextStream &out = ctx.out();
    out << org->name << " (" << org->code << ")\n";
    QStringList facts{kindLabel(org->kind)};
    if (!org->type.isEmpty())
        facts << org->type;
    if (!org->region.isEmpty())
        facts << org->region;
    if (!org->period.isEmpty())
        facts << tr("period %1").arg(org->period);
    out << facts.join(QStringLiteral(", ")) << '\n';
    out << tr("Total %1  frontline %2  overhead %3  reported %4")
               .arg(money(org->cost.total), money(org->cost.frontline), money(org->cost.overhead),
                    org->cost.reported ? money(*org->cost.reported) : tr("none"))
        << "\n\n";

    const QStringList headers{tr("SERVICE"), tr("NAME"), tr("TOTAL"), tr("FRONTLINE"), tr("OVERHEAD"),
                              tr("REPORTED"), tr("BRICKS"), tr("BESPOKE")};
    QList<QStringList> rows;
    for (const ServiceSummary &s : services) {
        rows.append({s.id, s.name, money(s.cost.total), money(s.cost.frontline), money(s.cost.overhead),
                     s.cost.reported ? money(*s.cost.reported) : QStringLiteral("-"),
                     QString::number(s.cost.bricks), QString::number(s.cost.bespoke)});
    }
    printTextTable(out, headers, rows, 2);
    return ExitOk;
}

QList<CliCommand> commonsCommands()
{
    return {
        {QStringLiteral("sync"), CommonsCli::tr("Bring a commons (folder, URL or 'demo') into the cache"),
         &CommonsCli::sync},
        {QStringLiteral("validate"), CommonsCli::tr("Check a commons folder or document; list every problem"),
         &CommonsCli::validate},
        {QStringLiteral("orgs"), CommonsCli::tr("List organisations with their costs"), &CommonsCli::orgs},
        {QStringLiteral("show"), CommonsCli::tr("Show one organisation's services and costs"), &CommonsCli::show},
    };
}

} // namespace livedna
