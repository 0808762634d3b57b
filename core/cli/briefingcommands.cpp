#include "core/cli/cli.h"

#include "core/area/areaheadline.h"
#include "core/area/briefing.h"
#include "core/cache/cache.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace livedna {

namespace {

// A class, not a free BriefingCommands::tr() wrapper, so lupdate files the texts under this context.
struct BriefingCommands
{
    Q_DECLARE_TR_FUNCTIONS(BriefingCommands)
};

// The constituency the arguments name: CODE or --mp NAME.
int chooseConstituency(CliContext &ctx, const QCommandLineParser &p, const AreaHeadlines &areas, QString *code)
{
    if (p.isSet(QStringLiteral("mp"))) {
        const QStringList codes = areas.byMp(p.value(QStringLiteral("mp")));
        if (codes.isEmpty())
            return ctx.fail(ExitInvalid, BriefingCommands::tr("No MP matches '%1'.").arg(p.value(QStringLiteral("mp"))));
        if (codes.size() > 1)
            return ctx.fail(ExitUsage, BriefingCommands::tr("Several MPs match '%1' (%2); give more of the name.")
                                           .arg(p.value(QStringLiteral("mp")), codes.join(QStringLiteral(", "))));
        *code = codes.constFirst();
    } else if (p.positionalArguments().size() == 1) {
        *code = p.positionalArguments().constFirst().trimmed().toUpper();
    } else {
        return ctx.fail(ExitUsage, BriefingCommands::tr("briefing needs a constituency code (PCON24CD) or --mp NAME."));
    }
    return ExitOk;
}

bool parseArgs(CliContext &ctx, QCommandLineParser &p, int *code)
{
    p.addHelpOption();
    if (!p.parse(ctx.arguments())) {
        *code = ctx.fail(ExitUsage, p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        // Qt starts the usage line with the program's path; show the command a user types.
        QString text = p.helpText();
        const int options = text.indexOf(QLatin1String(" [options]"));
        if (options > 0 && options < text.indexOf(QLatin1Char('\n')))
            text.replace(0, options, BriefingCommands::tr("Usage: %1").arg(ctx.arguments().constFirst()));
        ctx.out() << text;
        *code = ExitOk;
        return false;
    }
    return true;
}

int runBriefing(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        BriefingCommands::tr("A briefing of at most two pages on a 2024 parliamentary constituency: its MP, the councils and NHS trusts "
           "that serve it with their figures, one chart each, what is unknown, and the sources and licences of every "
           "figure. The format follows the extension of --out: .pdf, .html or .md. --json prints the headline data "
           "instead."));
    p.addPositionalArgument(QStringLiteral("CODE"), BriefingCommands::tr("Constituency code, e.g. E14001063."));
    p.addOption({QStringLiteral("mp"), BriefingCommands::tr("Find the constituency by its MP's name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("out"), BriefingCommands::tr("The file to write: FILE.pdf, FILE.html or FILE.md."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("json"), BriefingCommands::tr("Print the headline figures as JSON (unknown figures are null).")});
    int code = ExitOk;
    if (!parseArgs(ctx, p, &code))
        return code;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty() && !p.isSet(QStringLiteral("json")))
        return ctx.fail(ExitUsage, BriefingCommands::tr("briefing needs --out FILE.pdf|FILE.html|FILE.md (or --json)."));
    if (!out.isEmpty() && !Briefing::formatFromPath(out))
        return ctx.fail(ExitUsage, BriefingCommands::tr("--out must end in .pdf, .html or .md: %1").arg(out));
    Cache *cache = ctx.cache();
    if (!cache)
        return ExitIo;
    Result<AreaHeadlines> areas = AreaHeadlines::load(*cache);
    if (!areas.ok())
        return ctx.fail(ExitInvalid, areas.errorString());
    QString constituency;
    if ((code = chooseConstituency(ctx, p, areas.value(), &constituency)) != ExitOk)
        return code;
    const Result<AreaHeadline> h = areas.value().headline(constituency, Briefing::headlineOptions());
    if (!h.ok())
        return ctx.fail(ExitInvalid, h.errorString());
    if (p.isSet(QStringLiteral("json")))
        ctx.out() << QString::fromUtf8(QJsonDocument(h.value().toJson()).toJson(QJsonDocument::Indented));
    if (!out.isEmpty()) {
        const Status st = Briefing::write(h.value(), out);
        if (!st)
            return ctx.fail(ExitIo, st.error);
        ctx.err() << BriefingCommands::tr("Wrote the briefing on %1 (%2) to %3").arg(h.value().name, h.value().constituency, out) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> briefingCommands()
{
    return {
        {QStringLiteral("briefing"), BriefingCommands::tr("A two-page briefing on a constituency (CODE or --mp NAME) --out FILE.pdf|.html|.md"),
         runBriefing},
    };
}

} // namespace livedna
