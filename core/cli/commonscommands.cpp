#include "core/cli/cli.h"

#include "core/analysis/instances.h"
#include "core/cache/cache.h"
#include "core/commons/commonswriter.h"
#include "core/cli/texttable.h"
#include "core/commons/commonsreader.h"
#include "core/mapping/mappingcoverage.h"
#include "core/models/format.h"
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
#include <limits>
#include <tuple>
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
    static int instances(CliContext &ctx);

    static QString money(double gbp);
    static QString kindLabel(OrgKind kind);

private:
    // "£4,200,000 + 3 unknown", "unknown (3 services)": an unknown is never £0.
    static QString commonsLine(const CommonsInfo &c);
    static QString knownSum(const KnownSum &sum);
    static QString part(const std::optional<double> &gbp);
    static QString mapped(const CostSplit &cost, double gbp);
    static QJsonObject orgJson(const OrgSummary &o);
    static QJsonObject serviceJson(const ServiceSummary &summary, const Service *service, const QString &orgPeriod,
                                   const Catalogue &catalogue);
    // The period before the one shown, for the change from the year before.
    struct Previous
    {
        QString period;
        KnownSum reported;
        QHash<QString, std::optional<double>> services; // service id -> reported cost
    };
    static std::optional<Previous> previousPeriod(const Cache &cache, const OrgSummary &org);
    static QString change(const std::optional<double> &now, const std::optional<double> &before);
    static void printOrganisation(QTextStream &out, const OrgSummary &org, const Organisation *full,
                                  const QList<ServiceSummary> &services, const std::optional<Previous> &previous);
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
    // orgs/<code>.json, or orgs/<code>/<period>.json for an organisation with several.
    auto it = namesByCode.constFind(QFileInfo(path).completeBaseName());
    if (it == namesByCode.constEnd())
        it = namesByCode.constFind(QFileInfo(QFileInfo(path).path()).fileName());
    if (it == namesByCode.constEnd())
        return path;
    return QStringLiteral("%1 (%2)").arg(path, it.value());
}

QJsonValue textJson(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray orgsJson(const QList<InstanceOrg> &orgs)
{
    QJsonArray array;
    for (const InstanceOrg &o : orgs)
        array.append(QJsonObject{{QStringLiteral("code"), o.code}, {QStringLiteral("name"), o.name}});
    return array;
}

QJsonArray instancesJson(const QList<CapabilityInstances> &list)
{
    QJsonArray array;
    for (const CapabilityInstances &c : list) {
        QJsonArray byProduct;
        for (const ProductInstances &p : c.byProduct) {
            QJsonObject po;
            po.insert(QStringLiteral("product"), textJson(p.product));
            po.insert(QStringLiteral("name"), textJson(p.name));
            po.insert(QStringLiteral("vendor"), textJson(p.vendor));
            // The count, as "organisations" is a count everywhere else in the CLI's JSON
            // (duplication, scenario); the organisations behind it are in "members".
            po.insert(QStringLiteral("organisations"), p.organisations.size());
            po.insert(QStringLiteral("members"), orgsJson(p.organisations));
            byProduct.append(po);
        }
        QJsonObject co;
        co.insert(QStringLiteral("capability"), c.capability);
        co.insert(QStringLiteral("name"), c.name);
        co.insert(QStringLiteral("organisations"), c.organisations.size());
        co.insert(QStringLiteral("members"), orgsJson(c.organisations));
        co.insert(QStringLiteral("by_product"), byProduct);
        array.append(co);
    }
    return array;
}

void printInstances(QTextStream &out, const QList<CapabilityInstances> &list, bool verbose)
{
    if (list.isEmpty())
        out << QCoreApplication::translate("CommonsCli", "No organisation runs its own instance of that.") << '\n';
    for (const CapabilityInstances &c : list) {
        out << Instances::sentence(c) << '\n';
        if (!verbose)
            continue;
        for (const ProductInstances &p : c.byProduct) {
            const QString what = p.product.isEmpty()
                                     ? QCoreApplication::translate("CommonsCli", "product not known")
                                     : p.name + (p.vendor.isEmpty() ? QString() : QStringLiteral(" (") + p.vendor + QLatin1Char(')'));
            out << "  " << what << ":\n";
            for (const InstanceOrg &o : p.organisations)
                out << "    " << o.code << "  " << o.name << '\n';
        }
    }
}

} // namespace

QString CommonsCli::money(double gbp)
{
    // Fixed en_GB grouping so text output reads the same on every machine; safe for any
    // magnitude and for inf/nan (no float-to-integer cast).
    return Format::gbpPlain(gbp);
}

QString CommonsCli::kindLabel(OrgKind kind)
{
    return orgKindToString(kind);
}

// No trust change and no change of the default commons is silent (issue 12): a key pinned on
// first use is printed so that it can be compared with what the publisher announced.
static void printTrustAndDefault(CliContext &ctx, const SyncReport &r, const Cache &cache)
{
    QTextStream &out = ctx.out();
    switch (r.keyChange) {
    case TrustDecision::Change::None:
        break;
    case TrustDecision::Change::FirstUse:
        out << CommonsCli::tr("Pinned the commons' signing key on first use: %1\n"
                              "  Compare it with the key the publisher announced; later versions must be "
                              "signed by it.").arg(keyFingerprint(r.pinnedKey))
            << '\n';
        break;
    case TrustDecision::Change::Trusted:
        out << CommonsCli::tr("Pinned the signing key given with --trust: %1").arg(keyFingerprint(r.pinnedKey)) << '\n';
        break;
    case TrustDecision::Change::Replaced:
        out << CommonsCli::tr("Replaced the pinned signing key %1 with %2 (--replace-key).")
                   .arg(keyFingerprint(r.previousKey), keyFingerprint(r.pinnedKey))
            << '\n';
        break;
    }
    const std::optional<CommonsInfo> synced = cache.commons(r.commons);
    const std::optional<CommonsInfo> shown = cache.commons();
    if (synced && shown && shown->id != synced->id) {
        out << CommonsCli::tr("Not the default commons: orgs, show and the application still show %1 \"%2\" "
                              "(use --commons %3, or sync again with --make-default).")
                   .arg(shown->id, shown->title, synced->id)
            << '\n';
    }
}

int CommonsCli::sync(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Brings a commons into the cache, completely or not at all, and prints what changed.\n"
           "SOURCE is a folder, a file:// URL, an http:// or https:// URL of the folder or of its\n"
           "index.json, 'demo' for the illustrative commons bundled with LiveDNA, or a bundle file\n"
           "from 'livedna-cli bundle' (.tar.zst), checked as a folder is: a bundle with paths\n"
           "outside it, links, devices or too much to unpack is refused (2).\n"
           "Exit codes: 0 done (or nothing new), 1 usage error, 2 data invalid or refused\n"
           "(the cache is unchanged), 3 source or cache could not be read or reached."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("Folder, bundle, URL or 'demo'."));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Refuse an index whose expiry date has passed instead of warning."));
    parser.addOption(strict);
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   tr("Pin this Ed25519 public key (keygen's .pub file): index.json must be signed by it."),
                                   QStringLiteral("KEYFILE"));
    parser.addOption(trust);
    const QCommandLineOption replaceKey(QStringLiteral("replace-key"),
                                        tr("Let --trust replace a different key already pinned for this commons."));
    parser.addOption(replaceKey);
    const QCommandLineOption makeDefault(QStringLiteral("make-default"),
                                         tr("Make this commons the one shown when none is named (the first "
                                            "commons synced into a cache is the default)."));
    parser.addOption(makeDefault);
    const QCommandLineOption minRate(QStringLiteral("min-rate"),
                                     tr("Abandon a download slower than this many bytes a second over %1 s "
                                        "(default %2; 0: never).").arg(SyncOptions().rateWindowMs / 1000)
                                         .arg(SyncOptions().minBytesPerSecond),
                                     QStringLiteral("BYTES"));
    parser.addOption(minRate);
    const QCommandLineOption deadline(QStringLiteral("deadline"),
                                      tr("Abandon the sync after this many seconds (default %1; 0: never).")
                                          .arg(SyncOptions().deadlineMs / 1000),
                                      QStringLiteral("SECONDS"));
    parser.addOption(deadline);
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print no progress."));
    parser.addOption(quiet);
    if (const int code = parseCommand(ctx, parser, tr("livedna-cli sync [--strict] [--trust KEYFILE [--replace-key]] "
                                                      "[--make-default] SOURCE"), 1, 1); code >= 0)
        return code;
    if (parser.isSet(replaceKey) && !parser.isSet(trust))
        return ctx.fail(ExitUsage, tr("--replace-key needs --trust KEYFILE: the key that replaces the pinned one."));

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
    for (const auto &[option, target, scale] : {std::tuple{&minRate, &options.minBytesPerSecond, qint64(1)},
                                                std::tuple{&deadline, &options.deadlineMs, qint64(1000)}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const qint64 value = parser.value(*option).toLongLong(&ok);
        if (!ok || value < 0 || value > std::numeric_limits<qint64>::max() / 1000)
            return ctx.fail(ExitUsage, tr("--%1 needs a whole number ≥ 0.").arg(option->names().constFirst()));
        *target = value * scale;
    }
    options.replaceKey = parser.isSet(replaceKey);
    options.makeDefault = parser.isSet(makeDefault);
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
    printTrustAndDefault(ctx, r, *cache);

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
           "into frontline and overhead (the sum of their services' bricks), beside the spend they\n"
           "reported split by layer, for each organisation's latest period. With --json, prints an\n"
           "array of objects: code, name, kind, type, region, services, total_gbp, frontline_gbp,\n"
           "overhead_gbp, reported_gbp (null when no service reports a cost), reported_frontline_gbp,\n"
           "reported_overhead_gbp, reported_unclassified_gbp (each null when no service is in it),\n"
           "reported_unknown (services with no reported cost), period and periods.")
        + QLatin1Char('\n')
        + tr("mapped_share: the share of reported spend mapped into bricks, in [0, 1], each service counting\n"
             "its bricks up to its reported spend (over-allocation is not counted; see 'coverage'); null\n"
             "where no service reports a positive spend."));
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
    // Which commons this is, from where, and how old (issue 12), on stderr so that stdout
    // stays the table or the JSON array that scripts read.
    if (const std::optional<CommonsInfo> shown = cache->commons(commonsId))
        ctx.err() << commonsLine(*shown) << Qt::endl;

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const OrgSummary &o : list) {
            QJsonObject obj = orgJson(o);
            const std::optional<double> share = OrgCoverage::of(o, cache->services(o.code, commonsId, o.period)).total.share();
            obj.insert(QStringLiteral("mapped_share"), share ? QJsonValue(*share) : QJsonValue(QJsonValue::Null));
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

    // Reported spend (what the organisation published) first, mapped bricks after: they are
    // different figures and never added together.
    const QStringList headers{tr("CODE"), tr("NAME"), tr("KIND"), tr("PERIOD"), tr("SERVICES"), tr("REPORTED"),
                              tr("REP. FRONTLINE"), tr("REP. OVERHEAD"), tr("UNCLASSIFIED"), tr("MAPPED FRONTLINE"),
                              tr("MAPPED OVERHEAD")};
    QList<QStringList> rows;
    for (const OrgSummary &o : list) {
        rows.append({o.code, o.name, kindLabel(o.kind), o.period, QString::number(o.services),
                     knownSum(o.reported.total()), part(o.reported.frontlineGbp()), part(o.reported.overheadGbp()),
                     part(o.reported.unclassifiedGbp()), mapped(o.cost, o.cost.frontline),
                     mapped(o.cost, o.cost.overhead)});
    }
    // Text columns left, numbers right: easier to compare by eye.
    printTextTable(ctx.out(), headers, rows, 4);
    return ExitOk;
}

QString CommonsCli::commonsLine(const CommonsInfo &c)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString line = tr("Commons %1 \"%2\", version %3 from %4, %5.")
                       .arg(c.id, Format::terminalText(c.title))
                       .arg(c.version)
                       .arg(Format::terminalText(c.source), Format::dataAge(c.published, now));
    if (c.expires.isValid() && c.expires < now)
        line += QLatin1Char(' ') + tr("Expired on %1: the publisher has not renewed it.").arg(c.expires.date().toString(Qt::ISODate));
    return line;
}

QString CommonsCli::knownSum(const KnownSum &sum)
{
    if (sum.knownCount == 0)
        return sum.unknown > 0 ? tr("unknown (%n service(s))", nullptr, sum.unknown) : tr("none");
    if (sum.unknown == 0)
        return money(sum.known);
    return tr("%1 + %2 unknown").arg(money(sum.known)).arg(sum.unknown);
}

QString CommonsCli::part(const std::optional<double> &gbp)
{
    return gbp ? money(*gbp) : QStringLiteral("-");
}

// A brick-mapped figure, or "not mapped" when no brick is: £0 there would read as free.
QString CommonsCli::mapped(const CostSplit &cost, double gbp)
{
    return cost.bricks > 0 ? money(gbp) : tr("not mapped");
}

QJsonObject CommonsCli::orgJson(const OrgSummary &o)
{
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
    obj.insert(QStringLiteral("reported_frontline_gbp"), moneyJson(o.reported.frontlineGbp()));
    obj.insert(QStringLiteral("reported_overhead_gbp"), moneyJson(o.reported.overheadGbp()));
    obj.insert(QStringLiteral("reported_unclassified_gbp"), moneyJson(o.reported.unclassifiedGbp()));
    obj.insert(QStringLiteral("reported_unknown"), o.reported.unknown);
    obj.insert(QStringLiteral("period"), o.period);
    obj.insert(QStringLiteral("periods"), QJsonArray::fromStringList(o.periods));
    return obj;
}

int CommonsCli::show(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows one organisation (by code, or by its exact name) for one period (default: the\n"
           "latest) and each of its services with its reported spend and layer, and the total,\n"
           "frontline and overhead cost mapped into bricks, its number of bricks and how many are\n"
           "bespoke. With --json, prints one object: code, name, kind, period, periods, sources,\n"
           "total_gbp, frontline_gbp, overhead_gbp, reported_gbp, reported_frontline_gbp,\n"
           "reported_overhead_gbp, reported_unclassified_gbp, reported_unknown and services [{id,\n"
           "name, period, layer, total_gbp, frontline_gbp, overhead_gbp, reported_gbp, reported\n"
           "{employees_gbp, running_gbp, income_gbp, net_gbp, source}, source, bricks, bespoke,\n"
           "instances [{id, name, capability, uses, annual_cost_gbp, basis, source}], systems [{id,\n"
           "name, capability, product}]}]; an unknown figure is null, never 0.\n"
           "Exit code 1 when the organisation (or the period) is not in the cache."));
    parser.addPositionalArgument(QStringLiteral("ORG"), tr("Organisation code (e.g. E06000023) or exact name."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption commons = commonsOption();
    const QCommandLineOption periodOption(QStringLiteral("period"), tr("Which period (default: the latest)."),
                                          QStringLiteral("YYYY-YY"));
    parser.addOption(json);
    parser.addOption(commons);
    parser.addOption(periodOption);
    if (const int code = parseCommand(ctx, parser, tr("livedna-cli show [--json] [--commons ID] [--period YYYY-YY] ORG"),
                                      1, 1);
        code >= 0)
        return code;

    const QString commonsId = parser.value(commons);
    const QString period = parser.value(periodOption);
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
    if (!period.isEmpty() && period != org->period) {
        const QStringList held = org->periods;
        org = cache->organisationSummary(org->code, org->commons, period);
        if (!org)
            return ctx.fail(ExitUsage, tr("no period %1 for '%2' in the cache; it holds %3")
                                           .arg(period, wanted, held.join(QStringLiteral(", "))));
    }
    const QList<ServiceSummary> services = cache->services(org->code, org->commons, org->period);
    const std::optional<Organisation> full = cache->organisation(org->code, org->commons, org->period);

    if (!parser.isSet(json)) {
        printOrganisation(ctx.out(), *org, full ? &*full : nullptr, services, previousPeriod(*cache, *org));
        return ExitOk;
    }
    const Catalogue catalogue = cache->catalogue(org->commons);
    QJsonObject obj = orgJson(*org);
    obj.insert(QStringLiteral("commons"), org->commons);
    obj.remove(QStringLiteral("services"));
    QJsonArray sources;
    if (full) {
        for (const Source &src : full->sources)
            sources.append(CommonsWriter::sourceJson(src));
    }
    obj.insert(QStringLiteral("sources"), sources);
    QJsonArray array;
    for (const ServiceSummary &s : services)
        array.append(serviceJson(s, full ? full->service(s.id) : nullptr, org->period, catalogue));
    obj.insert(QStringLiteral("services"), array);
    ctx.out() << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
    return ExitOk;
}

static QJsonValue reportedJson(const std::optional<Reported> &reported)
{
    if (!reported)
        return QJsonValue(QJsonValue::Null);
    QJsonObject r;
    r.insert(QStringLiteral("employees_gbp"), moneyJson(reported->employeesGbp));
    r.insert(QStringLiteral("running_gbp"), moneyJson(reported->runningGbp));
    r.insert(QStringLiteral("income_gbp"), moneyJson(reported->incomeGbp));
    r.insert(QStringLiteral("net_gbp"), moneyJson(reported->netGbp));
    r.insert(QStringLiteral("source"), textJson(reported->source));
    return r;
}

static QJsonArray partsJson(const Service &service, const Catalogue &catalogue, QJsonArray *systems)
{
    QJsonArray instances;
    for (const BrickInstance &b : service.bricks) {
        QJsonObject i;
        i.insert(QStringLiteral("id"), b.id);
        i.insert(QStringLiteral("name"), b.name);
        i.insert(QStringLiteral("capability"), capabilityOf(b, catalogue));
        i.insert(QStringLiteral("uses"), textJson(b.uses));
        i.insert(QStringLiteral("annual_cost_gbp"), moneyJson(b.annualCostGbp));
        i.insert(QStringLiteral("basis"), basisToString(b.basis));
        i.insert(QStringLiteral("source"), textJson(b.source));
        instances.append(i);
    }
    for (const SystemUse &y : service.systems) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), y.id);
        o.insert(QStringLiteral("name"), y.name);
        o.insert(QStringLiteral("capability"), y.capability);
        o.insert(QStringLiteral("product"), textJson(y.product));
        systems->append(o);
    }
    return instances;
}

QJsonObject CommonsCli::serviceJson(const ServiceSummary &s, const Service *service, const QString &orgPeriod,
                                    const Catalogue &catalogue)
{
    QJsonObject so;
    so.insert(QStringLiteral("id"), s.id);
    so.insert(QStringLiteral("name"), s.name);
    so.insert(QStringLiteral("lgsl"), s.lgsl ? QJsonValue(*s.lgsl) : QJsonValue(QJsonValue::Null));
    so.insert(QStringLiteral("category"), s.category);
    // The service's own period when it differs from the organisation's, else the latter.
    so.insert(QStringLiteral("period"), s.period.isEmpty() ? orgPeriod : s.period);
    so.insert(QStringLiteral("layer"), s.layer ? QJsonValue(layerToString(*s.layer)) : QJsonValue(QJsonValue::Null));
    so.insert(QStringLiteral("total_gbp"), moneyJson(s.cost.total));
    so.insert(QStringLiteral("frontline_gbp"), moneyJson(s.cost.frontline));
    so.insert(QStringLiteral("overhead_gbp"), moneyJson(s.cost.overhead));
    so.insert(QStringLiteral("reported_gbp"), moneyJson(s.cost.reported));
    so.insert(QStringLiteral("bricks"), s.cost.bricks);
    so.insert(QStringLiteral("bespoke"), s.cost.bespoke);
    QJsonArray systems;
    so.insert(QStringLiteral("reported"), reportedJson(service ? service->reported : std::nullopt));
    so.insert(QStringLiteral("source"), textJson(service ? service->source : QString()));
    so.insert(QStringLiteral("instances"), service ? partsJson(*service, catalogue, &systems) : QJsonArray());
    so.insert(QStringLiteral("systems"), systems);
    return so;
}

std::optional<CommonsCli::Previous> CommonsCli::previousPeriod(const Cache &cache, const OrgSummary &org)
{
    const qsizetype at = org.periods.indexOf(org.period);
    if (at <= 0)
        return std::nullopt;
    const QString period = org.periods.at(at - 1);
    const std::optional<OrgSummary> before = cache.organisationSummary(org.code, org.commons, period);
    if (!before)
        return std::nullopt;
    Previous p;
    p.period = period;
    p.reported = before->reported.total();
    for (const ServiceSummary &s : cache.services(org.code, org.commons, period))
        p.services.insert(s.id, s.cost.reported);
    return p;
}

// "+£12,000" or "-£3,000"; "-" when either figure is unknown: no change is computed from one.
QString CommonsCli::change(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now || !before)
        return QStringLiteral("-");
    const double d = *now - *before;
    return d > 0 ? QStringLiteral("+") + money(d) : money(d);
}

void CommonsCli::printOrganisation(QTextStream &out, const OrgSummary &org, const Organisation *full,
                                   const QList<ServiceSummary> &services, const std::optional<Previous> &previous)
{
    out << org.name << " (" << org.code << ")\n";
    QStringList facts{kindLabel(org.kind)};
    if (!org.type.isEmpty())
        facts << org.type;
    if (!org.region.isEmpty())
        facts << org.region;
    facts << tr("period %1").arg(org.period);
    if (org.periods.size() > 1)
        facts << tr("periods held: %1").arg(org.periods.join(QStringLiteral(", ")));
    out << facts.join(QStringLiteral(", ")) << '\n';
    // The split only when something is reported: "frontline -, overhead -" says nothing.
    if (org.reported.total().knownCount > 0)
        out << tr("Reported %1: %2 (frontline %3, overhead %4, unclassified %5)")
                   .arg(org.period, knownSum(org.reported.total()), part(org.reported.frontlineGbp()),
                        part(org.reported.overheadGbp()), part(org.reported.unclassifiedGbp()))
            << '\n';
    else
        out << tr("Reported %1: %2").arg(org.period, knownSum(org.reported.total())) << '\n';
    if (previous)
        out << tr("Reported %1: %2").arg(previous->period, knownSum(previous->reported)) << '\n';
    if (org.cost.bricks > 0)
        out << tr("Mapped into bricks: total %1, frontline %2, overhead %3")
                   .arg(money(org.cost.total), money(org.cost.frontline), money(org.cost.overhead))
            << '\n';
    else
        out << tr("Mapped into bricks: nothing yet") << '\n';
    if (full) {
        for (const Source &src : full->sources)
            out << tr("Source %1: %2").arg(src.id, src.title)
                << (src.publisher.isEmpty() ? QString() : QStringLiteral(", ") + src.publisher)
                << (src.licence.isEmpty() ? QString() : QStringLiteral(" (") + src.licence + QLatin1Char(')')) << '\n';
    }
    out << '\n';
    QStringList headers{tr("SERVICE"), tr("NAME"), tr("LAYER"), tr("REPORTED")};
    if (previous)
        headers << tr("SINCE %1").arg(previous->period);
    headers << tr("TOTAL") << tr("FRONTLINE") << tr("OVERHEAD") << tr("BRICKS") << tr("BESPOKE") << tr("SYSTEMS");
    QList<QStringList> rows;
    for (const ServiceSummary &s : services) {
        QString reported = s.cost.reported ? money(*s.cost.reported) : tr("unknown");
        if (!s.period.isEmpty() && s.period != org.period)
            reported += QStringLiteral(" (%1)").arg(s.period);
        QStringList row{s.id, s.name, s.layer ? layerToString(*s.layer) : QStringLiteral("-"), reported};
        if (previous)
            row << change(s.cost.reported, previous->services.value(s.id));
        row << mapped(s.cost, s.cost.total) << mapped(s.cost, s.cost.frontline) << mapped(s.cost, s.cost.overhead)
            << QString::number(s.cost.bricks) << QString::number(s.cost.bespoke) << QString::number(s.systems);
        rows.append(row);
    }
    printTextTable(out, headers, rows, 3);
}

int CommonsCli::instances(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Separately run instances: for each capability (or the one given), how many organisations\n"
           "run their own instance of it (a bespoke brick or a system of that capability, in their\n"
           "latest period) and on which product, e.g. \"152 organisations each run their own library\n"
           "management system: 45 on Spydus, 36 on Arena, ...\". --verbose lists the organisations.\n"
           "With --json, prints an array of {capability, name, organisations, by_product: [{product,\n"
           "name, vendor, organisations}]}, where each organisations is an array of {code, name}\n"
           "(its length is the count) and product is null for instances of unknown product."));
    parser.addPositionalArgument(QStringLiteral("CAPABILITY"), tr("A capability id (default: every capability)."),
                                 QStringLiteral("[CAPABILITY]"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     tr("List the organisations behind each number."));
    const QCommandLineOption commons = commonsOption();
    parser.addOption(json);
    parser.addOption(verbose);
    parser.addOption(commons);
    if (const int code = parseCommand(ctx, parser, tr("livedna-cli instances [--json] [--verbose] [--commons ID] "
                                                      "[CAPABILITY]"), 0, 1);
        code >= 0)
        return code;
    const QString commonsId = parser.value(commons);
    int failure = ExitOk;
    Cache *cache = cacheWithCommons(ctx, commonsId, &failure);
    if (!cache)
        return failure;
    const QStringList wanted = parser.positionalArguments();
    if (!wanted.isEmpty() && !cache->catalogue(commonsId).capability(wanted.constFirst()))
        return ctx.fail(ExitUsage, tr("no capability '%1' in the commons' catalogue").arg(wanted.constFirst()));
    const Result<QList<CapabilityInstances>> result = Instances::fromCache(*cache, wanted, commonsId);
    if (!result.ok())
        return ctx.fail(ExitIo, result.errorString());
    if (parser.isSet(json)) {
        ctx.out() << QString::fromUtf8(QJsonDocument(instancesJson(result.value())).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    printInstances(ctx.out(), result.value(), parser.isSet(verbose));
    return ExitOk;
}

QList<CliCommand> commonsCommands()
{
    return {
        {QStringLiteral("sync"), CommonsCli::tr("Bring a commons (folder, bundle, URL or 'demo') into the cache"),
         &CommonsCli::sync},
        {QStringLiteral("validate"), CommonsCli::tr("Check a commons folder or document; list every problem"),
         &CommonsCli::validate},
        {QStringLiteral("orgs"), CommonsCli::tr("List organisations with their costs"), &CommonsCli::orgs},
        {QStringLiteral("show"), CommonsCli::tr("Show one organisation's services and costs"), &CommonsCli::show},
        {QStringLiteral("instances"), CommonsCli::tr("Count separately run instances of each capability, by product"),
         &CommonsCli::instances},
    };
}

} // namespace livedna
