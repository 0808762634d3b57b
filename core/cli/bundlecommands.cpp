#include "core/cli/cli.h"

#include "core/sync/bundlewriter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

namespace livedna {

namespace {

class BundleCli
{
    Q_DECLARE_TR_FUNCTIONS(BundleCli)

public:
    static int bundle(CliContext &ctx);
};

int BundleCli::bundle(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Packs a commons folder into one file for a hand-over with no network: index.json, its\n"
           "signature and every document it lists, each checked against the index first. The\n"
           "compression follows OUT's name: .tar.zst (best), .tar.xz, .tar.gz or .tar. The receiver\n"
           "runs 'livedna-cli sync OUT', which checks the bundle as it checks a folder.\n"
           "Exit codes: 0 written, 1 usage error, 2 the commons is invalid (nothing written),\n"
           "3 a file could not be read or written."));
    parser.addPositionalArgument(QStringLiteral("COMMONS_DIR"), tr("The commons folder (holding index.json)."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The bundle to write, e.g. commons.tar.zst."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    parser.addOption(help);
    const QString syntax = tr("livedna-cli bundle COMMONS_DIR OUT.tar.zst");
    if (!parser.parse(ctx.arguments()))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')), tr("Usage: %1").arg(syntax));
        ctx.out() << text;
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.fail(ExitUsage, tr("wrong number of arguments; usage: %1").arg(syntax));
    const QString dir = args.at(0);
    const QString out = args.at(1);
    if (!QFileInfo(dir).isDir())
        return ctx.fail(ExitIo, tr("%1: no such folder").arg(dir));
    if (BundleWriter::compressionFor(out).isEmpty())
        return ctx.fail(ExitUsage, tr("%1: name the bundle .tar.zst, .tar.xz, .tar.gz or .tar").arg(out));

    FetchFailure failure = FetchFailure::None;
    const Result<BundleReport> result = BundleWriter::write(dir, out, &failure);
    if (!result.ok()) {
        ctx.err() << tr("livedna-cli: bundle of %1 not written:").arg(dir) << '\n';
        for (const Problem &p : result.problems())
            ctx.err() << "  " << p.toString() << '\n';
        ctx.err().flush();
        return failure == FetchFailure::Refused ? ExitInvalid : ExitIo;
    }
    const BundleReport &r = result.value();
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    ctx.out() << tr("Wrote %1: %n file(s), %2 packed into %3 (%4).", nullptr, r.files)
                     .arg(out, en.formattedDataSize(r.bytes, 1, QLocale::DataSizeTraditionalFormat),
                          en.formattedDataSize(r.bundleBytes, 1, QLocale::DataSizeTraditionalFormat), r.compression)
              << '\n';
    return ExitOk;
}

} // namespace

QList<CliCommand> bundleCommands()
{
    return {
        {QStringLiteral("bundle"), BundleCli::tr("Pack a commons folder into one .tar.zst file for an offline hand-over"),
         &BundleCli::bundle},
    };
}

} // namespace livedna
