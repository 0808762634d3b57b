#include "core/cli/cli.h"

#include "core/cache/cache.h"
#include "core/export/exporter.h"
#include "core/proposal/baseline.h"
#include "core/proposal/compare.h"
#include "core/proposal/proposal.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <optional>

namespace livedna {

namespace {

class ProposalCli
{
    Q_DECLARE_TR_FUNCTIONS(ProposalCli)

public:
    static int proposal(CliContext &ctx);
    static int exportPublished(CliContext &ctx);

private:
    static int exportProposal(CliContext &ctx);
    static int validate(CliContext &ctx);
    static int start(CliContext &ctx);
    static int baseline(CliContext &ctx);
    static int compare(CliContext &ctx);
    static int parse(CliContext &ctx, QCommandLineParser &parser, const QString &syntax, int minArgs, int maxArgs);
    // Reads a proposal file; when it does not load, lists every problem on err() and returns nothing.
    static std::optional<Proposal> readProposal(CliContext &ctx, const QString &path);
    static int writeExport(CliContext &ctx, const ExportInput &input, const QString &format, const QString &out);
};

int ProposalCli::parse(CliContext &ctx, QCommandLineParser &parser, const QString &syntax, int minArgs, int maxArgs)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(ctx.arguments()))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        const int eol = text.indexOf(QLatin1Char('\n'));
        text.replace(0, eol, tr("Usage: %1").arg(syntax));
        ctx.out() << text;
        return ExitOk;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minArgs || n > maxArgs) {
        ctx.err() << tr("livedna-cli: wrong number of arguments") << '\n' << tr("Usage: %1").arg(syntax) << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

int ProposalCli::writeExport(CliContext &ctx, const ExportInput &input, const QString &format, const QString &out)
{
    const std::optional<ExportFormat> f = Exporter::formatFromName(format);
    if (!f) {
        return ctx.fail(ExitUsage, tr("unknown format '%1' (choose from %2)")
                                       .arg(format, Exporter::formatNames().join(QStringLiteral(", "))));
    }
    const Status st = Exporter::write(input, *f, out);
    if (!st)
        return ctx.fail(ExitIo, st.error);
    ctx.err() << tr("Wrote %1").arg(out) << Qt::endl;
    return ExitOk;
}

int ProposalCli::proposal(CliContext &ctx)
{
    const QStringList args = ctx.arguments().mid(1);
    const QString usage = tr("Usage: livedna-cli proposal validate FILE\n"
                             "       livedna-cli proposal export FILE --format pdf|archimate|graphml|csv|json --out OUT\n"
                             "       livedna-cli proposal new ORG SERVICE --out FILE\n"
                             "       livedna-cli proposal baseline FILE\n"
                             "       livedna-cli proposal compare FILE [OTHER]");
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? ctx.err() : ctx.out()) << usage << Qt::endl;
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString sub = args.first();
    CliContext subCtx(QStringList{ctx.arguments().first() + QLatin1Char(' ') + sub} + args.mid(1), ctx.cachePath(),
                      ctx.out(), ctx.err());
    if (sub == QLatin1String("validate"))
        return validate(subCtx);
    if (sub == QLatin1String("export"))
        return exportProposal(subCtx);
    if (sub == QLatin1String("new"))
        return start(subCtx);
    if (sub == QLatin1String("baseline"))
        return baseline(subCtx);
    if (sub == QLatin1String("compare"))
        return compare(subCtx);
    ctx.err() << tr("livedna-cli: unknown proposal command '%1'").arg(sub) << '\n' << usage << Qt::endl;
    return ExitUsage;
}

std::optional<Proposal> ProposalCli::readProposal(CliContext &ctx, const QString &path)
{
    const Result<Proposal> r = ProposalFile::read(path);
    if (!r) {
        for (const Problem &p : r.problems())
            ctx.err() << p.toString() << '\n';
        return std::nullopt;
    }
    return r.value();
}

int ProposalCli::validate(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a proposal file: schema, references and limits. "
                                        "Exit 0 when valid, 2 when not, listing every problem."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .livedna-proposal.json file."));
    if (const int code = parse(ctx, parser, QStringLiteral("livedna-cli proposal validate FILE"), 1, 1); code >= 0)
        return code;
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return ctx.fail(ExitIo, tr("%1: no such file").arg(path));
    const Result<Proposal> r = ProposalFile::read(path);
    if (!r) {
        for (const Problem &p : r.problems())
            ctx.err() << p.toString() << '\n';
        ctx.err() << tr("%1: invalid (%n problem(s))", nullptr, int(r.problems().size())).arg(path) << Qt::endl;
        return ExitInvalid;
    }
    ctx.out() << tr("%1: valid proposal “%2” (%n brick(s))", nullptr, int(r.value().service.bricks.size()))
                     .arg(path, r.value().title)
              << Qt::endl;
    return ExitOk;
}

int ProposalCli::exportProposal(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a proposal file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .livedna-proposal.json file."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("pdf, archimate, graphml, csv or json."), QStringLiteral("F"));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("out")}, tr("Output file."), QStringLiteral("OUT"));
    parser.addOption(format);
    parser.addOption(out);
    const QString syntax = QStringLiteral("livedna-cli proposal export FILE --format F --out OUT");
    if (const int code = parse(ctx, parser, syntax, 1, 1); code >= 0)
        return code;
    if (!parser.isSet(format) || !parser.isSet(out))
        return ctx.fail(ExitUsage, tr("--format and --out are required\nUsage: %1").arg(syntax));
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return ctx.fail(ExitIo, tr("%1: no such file").arg(path));
    const std::optional<Proposal> proposal = readProposal(ctx, path);
    if (!proposal)
        return ExitInvalid;
    const ExportInput input = Exporter::fromProposal(*proposal);
    const int code = writeExport(ctx, input, parser.value(format), parser.value(out));
    // Whoever exports a proposal that cuts the frontline is told, whatever the format.
    if (code == ExitOk && input.effect && input.effect->cutsFrontline())
        ctx.err() << frontlineCutWarning(*input.effect) << Qt::endl;
    return code;
}

int ProposalCli::start(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Start a proposal file from a published service in the cache."));
    parser.addPositionalArgument(QStringLiteral("ORG"), tr("Organisation code."));
    parser.addPositionalArgument(QStringLiteral("SERVICE"), tr("Service id."));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("out")}, tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Title of the proposal."), QStringLiteral("TEXT"));
    const QCommandLineOption author(QStringLiteral("author"), tr("Author of the proposal."), QStringLiteral("NAME"));
    parser.addOption(out);
    parser.addOption(title);
    parser.addOption(author);
    const QString syntax = QStringLiteral("livedna-cli proposal new ORG SERVICE --out FILE");
    if (const int code = parse(ctx, parser, syntax, 2, 2); code >= 0)
        return code;
    if (!parser.isSet(out))
        return ctx.fail(ExitUsage, tr("--out is required\nUsage: %1").arg(syntax));
    Cache *cache = ctx.cache();
    if (!cache)
        return ExitIo;
    Result<Proposal> r = Baselines::startFromService(*cache, parser.positionalArguments().at(0), parser.positionalArguments().at(1));
    if (!r)
        return ctx.fail(ExitInvalid, r.errorString());
    Proposal p = r.take();
    if (parser.isSet(title))
        p.title = parser.value(title);
    if (parser.isSet(author))
        p.author = parser.value(author);
    const Status st = ProposalFile::write(p, parser.value(out));
    if (!st)
        return ctx.fail(ExitIo, st.error);
    ctx.err() << tr("Wrote %1").arg(parser.value(out)) << Qt::endl;
    return ExitOk;
}

int ProposalCli::baseline(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check whether a proposal's baseline is still what the cache publishes. "
                                        "Exit 0 when current, 2 when it changed or was withdrawn."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .livedna-proposal.json file."));
    if (const int code = parse(ctx, parser, QStringLiteral("livedna-cli proposal baseline FILE"), 1, 1); code >= 0)
        return code;
    const std::optional<Proposal> proposal = readProposal(ctx, parser.positionalArguments().first());
    if (!proposal)
        return ExitInvalid;
    Cache *cache = ctx.cache();
    if (!cache)
        return ExitIo;
    const BaselineCheck check = Baselines::check(*proposal, *cache);
    ctx.out() << check.message << '\n';
    if (check.state == BaselineCheck::Changed) {
        for (const QString &line : Compare::describe(check.changes))
            ctx.out() << "  " << line << '\n';
    }
    ctx.out().flush();
    return check.state == BaselineCheck::Changed || check.state == BaselineCheck::Withdrawn ? ExitInvalid : ExitOk;
}

int ProposalCli::compare(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List what a proposal changes against its baseline, or what OTHER (a "
                                        "proposal for the same service) changes against FILE, with the cost effect of each."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .livedna-proposal.json file."));
    parser.addPositionalArgument(QStringLiteral("OTHER"), tr("Another proposal for the same service."), QStringLiteral("[OTHER]"));
    if (const int code = parse(ctx, parser, QStringLiteral("livedna-cli proposal compare FILE [OTHER]"), 1, 2); code >= 0)
        return code;
    QList<Proposal> proposals;
    for (const QString &path : parser.positionalArguments()) {
        const std::optional<Proposal> proposal = readProposal(ctx, path);
        if (!proposal)
            return ExitInvalid;
        proposals.append(*proposal);
    }
    ServiceDiff diff;
    if (proposals.size() == 1) {
        if (!proposals.first().baseline)
            return ctx.fail(ExitInvalid, tr("%1 is a new service with no baseline to compare with").arg(parser.positionalArguments().first()));
        diff = Compare::services(proposals.first().baseline->service, proposals.first().service);
    } else {
        if (proposals.at(0).service.id != proposals.at(1).service.id)
            return ctx.fail(ExitInvalid, tr("the proposals are for different services ('%1' and '%2')")
                                             .arg(proposals.at(0).service.id, proposals.at(1).service.id));
        diff = Compare::services(proposals.at(0).service, proposals.at(1).service);
    }
    for (const QString &line : Compare::describe(diff))
        ctx.out() << line << '\n';
    ctx.out().flush();
    return ExitOk;
}

int ProposalCli::exportPublished(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export published compositions from the cache."));
    parser.addPositionalArgument(QStringLiteral("ORG"), tr("Organisation code."));
    parser.addPositionalArgument(QStringLiteral("SERVICE"), tr("Service id (default: every service)."), QStringLiteral("[SERVICE]"));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("pdf, archimate, graphml, csv or json."), QStringLiteral("F"));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("out")}, tr("Output file."), QStringLiteral("OUT"));
    const QCommandLineOption commons(QStringLiteral("commons"), tr("Commons id (default: the latest synced)."), QStringLiteral("ID"));
    parser.addOption(format);
    parser.addOption(out);
    parser.addOption(commons);
    const QString syntax = QStringLiteral("livedna-cli export ORG [SERVICE] --format F --out OUT");
    if (const int code = parse(ctx, parser, syntax, 1, 2); code >= 0)
        return code;
    if (!parser.isSet(format) || !parser.isSet(out))
        return ctx.fail(ExitUsage, tr("--format and --out are required\nUsage: %1").arg(syntax));
    Cache *cache = ctx.cache();
    if (!cache)
        return ExitIo;
    const QString commonsId = parser.value(commons);
    const std::optional<CommonsInfo> info = cache->commons(commonsId);
    if (!info)
        return ctx.fail(ExitInvalid, tr("the cache %1 holds no commons; run 'livedna-cli sync' first").arg(cache->path()));
    const QString code = parser.positionalArguments().at(0);
    const std::optional<Organisation> org = cache->organisation(code, info->id);
    if (!org)
        return ctx.fail(ExitInvalid, tr("commons %1 has no organisation %2").arg(info->id, code));
    const QStringList services = parser.positionalArguments().mid(1);
    const QStringList provenance = {tr("Commons %1 (%2), version %3, published %4")
                                        .arg(info->title, info->id).arg(info->version)
                                        .arg(info->published.toUTC().toString(Qt::ISODate)),
                                    tr("Synced from %1 at %2").arg(info->source, info->syncedAt.toUTC().toString(Qt::ISODate))};
    const Result<ExportInput> input = Exporter::fromOrganisation(*org, cache->catalogue(info->id), services, provenance);
    if (!input)
        return ctx.fail(ExitInvalid, input.errorString());
    return writeExport(ctx, input.value(), parser.value(format), parser.value(out));
}

} // namespace

QList<CliCommand> proposalCommands()
{
    return {
        {QStringLiteral("proposal"), ProposalCli::tr("Validate, start, check and export redesign proposals"), &ProposalCli::proposal},
        {QStringLiteral("export"), ProposalCli::tr("Export published compositions (pdf, archimate, graphml, csv, json)"),
         &ProposalCli::exportPublished},
    };
}

} // namespace livedna
